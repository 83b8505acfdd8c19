"""Words people write for the diary's values, in English, German, French, Spanish, Italian and Dutch.

Compared after `normal.key`, so case, punctuation and spacing don't matter.
"""
from __future__ import annotations

# Body region -> other words for it (singular and plural, everyday and anatomical).
REGION_WORDS: dict[str, tuple[str, ...]] = {
    # Everyday words go to the nearest region (README "Diary format" lists them): an ankle or a sole is the foot,
    # a wrist or an elbow the forearm (whose muscles move them), an arm the upper arm, a knee the thigh and the back
    # of the knee the hamstring. Then German, French, Spanish, Italian and Dutch.
    "calf": ("calves", "calf muscle", "calf muscles", "lower leg", "gastrocnemius", "soleus", "wade", "waden",
             "wadenmuskel", "unterschenkel", "mollet", "mollets", "gemelo", "gemelos", "pantorrilla", "pantorrillas",
             "polpaccio", "polpacci", "kuit", "kuiten"),
    "foot": ("feet", "sole", "soles", "arch", "arches", "arch of foot", "arch of the foot", "instep", "heel", "heels",
             "ankle", "ankles", "sole of foot", "sole of the foot", "fuß", "fuss", "füße", "fuesse", "fußsohle",
             "fusssohle", "sohle", "ferse", "knöchel", "sprunggelenk", "fußgewölbe", "pied", "pieds",
             "plante du pied", "voûte plantaire", "talon", "cheville", "pie", "pies", "planta del pie", "tobillo",
             "talón", "piede", "piedi", "pianta del piede", "caviglia", "tallone", "voet", "voeten", "voetzool",
             "enkel", "hiel"),
    "toes": ("toe", "big toe", "little toe", "zeh", "zehe", "zehen", "großer zeh", "orteil", "orteils",
             "gros orteil", "dedos del pie", "dedo del pie", "dita dei piedi", "alluce", "teen", "tenen", "grote teen"),
    "shin": ("shins", "schienbein", "tibia", "tibia", "espinilla", "stinco", "scheen", "scheenbeen"),
    "thigh": ("thighs", "quad", "quads", "quadriceps", "front of thigh", "upper leg", "knee", "knees", "oberschenkel",
              "knie", "cuisse", "cuisses", "genou", "muslo", "muslos", "rodilla", "coscia", "cosce", "ginocchio",
              "dij", "dijbeen", "bovenbeen", "knie"),
    "hamstring": ("hamstrings", "back of thigh", "back of the thigh", "back of knee", "back of the knee",
                  "behind the knee", "kniekehle", "oberschenkelrückseite", "ischio", "ischios", "isquiotibiales",
                  "corva", "hamstrings"),
    "hip": ("hips", "hüfte", "hanche", "cadera", "anca", "heup"),
    "buttock": ("buttocks", "glute", "glutes", "bum", "butt", "bottom", "gesäß", "po", "fesse", "fesses", "glúteo",
                "nalga", "gluteo", "natica", "bil", "billen"),
    "abdomen": ("stomach", "belly", "abs", "abdominal", "side of stomach", "tummy", "bauch", "ventre", "abdomen",
                "vientre", "pancia", "addome", "buik"),
    "back": ("lower back", "upper back", "spine", "rücken", "dos", "espalda", "schiena", "rug", "onderrug"),
    "chest": ("ribs", "rib", "pecs", "pectoral", "brust", "poitrine", "pecho", "petto", "borst"),
    "neck": ("nacken", "hals", "cou", "nuque", "cuello", "collo", "nek"),
    "jaw": ("jaws", "kiefer", "mâchoire", "mandíbula", "mascella", "kaak"),
    "tongue": ("zunge", "langue", "lengua", "lingua", "tong"),
    "shoulder": ("shoulders", "schulter", "épaule", "hombro", "spalla", "schouder"),
    "upper arm": ("upper arms", "arm", "arms", "bicep", "biceps", "tricep", "triceps", "oberarm", "bras", "brazo",
                  "braccio", "bovenarm"),
    "forearm": ("forearms", "lower arm", "wrist", "wrists", "elbow", "elbows", "unterarm", "handgelenk", "ellbogen",
                "avant bras", "poignet", "coude", "antebrazo", "muñeca", "codo", "avambraccio", "polso", "gomito",
                "onderarm", "pols", "elleboog"),
    "hand": ("hands", "palm", "palms", "hände", "main", "mains", "mano", "manos", "mani", "handen"),
    "fingers": ("finger", "thumb", "thumbs", "daumen", "doigt", "doigts", "pouce", "dedo", "dedos", "pulgar",
                "dito", "dita", "pollice", "vinger", "vingers", "duim"),
    "other": (),
}

SIDE_WORDS: dict[str, tuple[str, ...]] = {
    "left": ("l", "lt", "left side", "links", "linke", "linken", "linker", "li", "gauche", "izquierda",
             "izquierdo", "izq", "iz", "sinistra", "sinistro", "sx", "linkerkant"),
    "right": ("r", "rt", "right side", "rechts", "rechte", "rechten", "rechter", "re", "droite", "droit", "derecha",
              "derecho", "destra", "destro", "dx", "rechterkant"),
    "both": ("b", "both sides", "bilateral", "left and right", "right and left", "l r", "l and r", "beide",
             "beidseitig", "beide seiten", "les deux", "des deux côtés", "ambos", "ambos lados", "entrambi",
             "entrambi i lati", "beide kanten"),
}

CONTEXT_WORDS: dict[str, tuple[str, ...]] = {
    "asleep": ("sleep", "sleeping", "in bed", "in my sleep", "at night", "night", "nocturnal", "woke me",
               "woke me up", "while asleep", "during sleep"),
    "at rest": ("rest", "resting", "sitting", "lying", "lying down", "relaxing", "awake at rest"),
    "during activity": ("activity", "active", "exercise", "exercising", "during exercise", "walking", "running",
                        "sport", "working out", "swimming", "cycling"),
    "after activity": ("after exercise", "post exercise", "after sport", "after walking", "after running",
                       "after workout", "after a walk"),
}

TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "none": ("no", "nothing", "n a", "na", "none known", "no trigger"),
    "exercise": ("sport", "workout", "training", "running", "walking", "long walk", "hike", "gym", "overuse"),
    "dehydration": ("dehydrated", "thirsty", "not enough water", "not enough fluids"),
    "heat": ("hot", "hot weather", "hot day", "sauna", "sun"),
    "new medication": ("medication", "new medicine", "new meds", "medicine", "meds", "drug", "new drug"),
    "alcohol": ("drinking", "drinks", "wine", "beer"),
    "pregnancy": ("pregnant",),
    "other": (),
}

REMEDY_WORDS: dict[str, tuple[str, ...]] = {
    "stretching": ("stretch", "stretched", "stretches", "stood up", "walked it off", "flexed foot"),
    "massage": ("massaged", "rubbing", "rubbed", "rub", "rubbed it"),
    "fluids": ("water", "drink", "drank water", "drinking water", "electrolytes", "pickle juice", "fluid"),
    "heat": ("heating pad", "hot water bottle", "warm bath", "hot bath", "hot shower", "warmth", "warm"),
    "medication": ("medicine", "meds", "painkiller", "painkillers", "tablet", "pill", "magnesium", "quinine"),
    "none": ("nothing", "no", "n a", "na"),
}

HELPED_WORDS: dict[str, tuple[str, ...]] = {
    "yes": ("y", "true", "1", "helped", "it helped", "ja", "oui", "si", "sí"),
    "partly": ("partially", "partial", "somewhat", "a bit", "a little", "some", "sort of", "kind of", "a little bit"),
    "no": ("n", "false", "0", "not really", "didn t help", "did not help", "nein", "non"),
}

YES_WORDS = ("yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "sí", "✓", "✔")
NO_WORDS = ("no", "n", "false", "f", "0", "nein", "non")

# Between the answers of a multiple-choice cell ("Stretching, Massage", "Dehnen und Massage").
CHOICE_SEPARATORS = r"\s*(?:[,;/+&]|\band\b|\bund\b|\bet\b|\by\b)\s*"
