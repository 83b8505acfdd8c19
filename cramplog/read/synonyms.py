"""Words people write for the diary's vocabulary values. Keys are compared after `values.word_key`."""
from __future__ import annotations

# Body region -> other words for it (singular and plural, everyday and anatomical).
REGION_WORDS: dict[str, tuple[str, ...]] = {
    "calf": ("calves", "calf muscle", "calf muscles", "lower leg", "gastrocnemius", "soleus", "wade", "waden",
             "mollet", "gemelo", "pantorrilla"),
    "foot": ("feet", "sole", "soles", "arch", "arch of foot", "instep", "heel", "fuß", "fuss", "füße", "pied", "pie"),
    "toes": ("toe", "big toe", "little toe", "zeh", "zehen", "orteils", "dedos del pie"),
    "shin": ("shins",),
    "thigh": ("thighs", "quad", "quads", "quadriceps", "front of thigh", "upper leg", "oberschenkel", "cuisse", "muslo"),
    "hamstring": ("hamstrings", "back of thigh", "back of the thigh"),
    "hip": ("hips",),
    "buttock": ("buttocks", "glute", "glutes", "bum", "butt", "bottom"),
    "abdomen": ("stomach", "belly", "abs", "abdominal", "side of stomach", "tummy"),
    "back": ("lower back", "upper back", "spine"),
    "chest": ("ribs", "rib", "pecs", "pectoral"),
    "neck": (),
    "jaw": ("jaws",),
    "tongue": (),
    "shoulder": ("shoulders",),
    "upper arm": ("upper arms", "bicep", "biceps", "tricep", "triceps"),
    "forearm": ("forearms", "lower arm"),
    "hand": ("hands", "palm", "palms"),
    "fingers": ("finger", "thumb", "thumbs"),
    "other": (),
}

SIDE_WORDS: dict[str, tuple[str, ...]] = {
    "left": ("l", "lt", "left side", "links", "linke", "linken", "linker", "gauche", "izquierda", "izquierdo"),
    "right": ("r", "rt", "right side", "rechts", "rechte", "rechten", "rechter", "droite", "derecha", "derecho"),
    "both": ("b", "both sides", "bilateral", "left and right", "right and left", "l r", "l and r", "beide"),
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
    "yes": ("y", "true", "1", "helped", "it helped", "ja", "oui", "si"),
    "partly": ("partially", "partial", "somewhat", "a bit", "a little", "some", "sort of", "kind of", "a little bit"),
    "no": ("n", "false", "0", "not really", "didn t help", "did not help", "nein", "non"),
}

YES_WORDS = ("yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "✓", "✔")
NO_WORDS = ("no", "n", "false", "f", "0", "nein", "non")
