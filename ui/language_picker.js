// The sidebar's language picker: four native radio buttons in a fieldset, each language named in itself (and
// marked with its own lang, so a screen reader says "Deutsch" in German). ui/language.py mounts it with the
// legend, the options and the language in use; a click sends the chosen code back as the trigger "picked".
// Built once per page and updated on every rerun, so the focus stays on the radio a keyboard user just chose.

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let box = parentElement.querySelector("fieldset");
  if (!box) {
    box = document.createElement("fieldset");
    box.className = "cramplog-lang";
    box.append(document.createElement("legend"));
    for (const [code, name] of data.options) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      Object.assign(input, { type: "radio", name: "cramplog-lang", value: code });
      label.lang = code;
      label.append(input, name);
      box.append(label);
    }
    box.addEventListener("change", (event) => setTriggerValue("picked", event.target.value));
    parentElement.append(box);
  }
  box.querySelector("legend").textContent = data.legend;
  for (const input of box.querySelectorAll("input")) input.checked = input.value === data.chosen;
}
