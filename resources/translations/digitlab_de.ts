<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Active</name>
    <message>
        <source>test accuracy {value}</source>
        <translation>Testgenauigkeit {value}</translation>
    </message>
    <message>
        <source>drawn digits by new writers {value}</source>
        <translation>gezeichnete Ziffern neuer Personen {value}</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen</source>
        <translation>trainiert mit {dataset} + Stift</translation>
    </message>
    <message>
        <source>trained on {dataset} + scans</source>
        <translation>trainiert mit {dataset} + Scans</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen + scans</source>
        <translation>trainiert mit {dataset} + Stift + Scans</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modell: {name}</translation>
    </message>
    <message>
        <source>trained on {dataset}</source>
        <translation>trainiert mit {dataset}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The window follows the system&apos;s language: {language}.</source>
        <translation>Das Fenster folgt der Systemsprache: {language}.</translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>Das Fenster spricht jetzt {language}.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>The platform&apos;s colours; high contrast when the platform asks for it</source>
        <translation>Die Farben des Systems; hoher Kontrast, wenn das System ihn verlangt</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Beim Lernen zusehen</translation>
    </message>
    <message>
        <source>While training runs, the canvas reads your drawing with the newest weights (twice a second), and the Weights tab shows them: draw a digit and watch the answer sharpen.</source>
        <translation>Während des Trainingsdurchlaufs liest die Zeichenfläche deine Zeichnung mit den neuesten Gewichten (zweimal pro Sekunde), und der Tab „Gewichte“ zeigt sie: Zeichne eine Ziffer und sieh zu, wie die Antwort schärfer wird.</translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>Draw a digit</source>
        <translation>Zeichne eine Ziffer</translation>
    </message>
    <message>
        <source>No answer: the model&apos;s outputs are not numbers (its weights have diverged)</source>
        <translation>Keine Antwort: Die Ausgaben des Modells sind keine Zahlen (seine Gewichte sind divergiert)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Eins</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Zwei</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Drei</translation>
    </message>
    <message>
        <source>Four</source>
        <translation>Vier</translation>
    </message>
    <message>
        <source>Five</source>
        <translation>Fünf</translation>
    </message>
    <message>
        <source>Six</source>
        <translation>Sechs</translation>
    </message>
    <message>
        <source>Seven</source>
        <translation>Sieben</translation>
    </message>
    <message>
        <source>Eight</source>
        <translation>Acht</translation>
    </message>
    <message>
        <source>Nine</source>
        <translation>Neun</translation>
    </message>
    <message>
        <source>{answer}, {percent} sure</source>
        <translation>{answer}, zu {percent} sicher</translation>
    </message>
    <message>
        <source>Draw a digit here
or drop an image</source>
        <translation>Zeichne hier eine Ziffer
oder zieh ein Bild hierher</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop or open an image. Clear wipes it, Undo takes back the last stroke. The answer is read out after each stroke.</source>
        <translation>Zeichne eine Ziffer mit der Maus, einem Stift oder dem Finger, oder zieh ein Bild hierher bzw. öffne eins. „Leeren“ wischt sie weg, „Rückgängig“ nimmt den letzten Strich zurück. Nach jedem Strich wird die Antwort vorgelesen.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop an image here</source>
        <translation>Zeichne eine Ziffer mit der Maus, einem Stift oder dem Finger, oder zieh ein Bild hierher</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>das abgelegte Bild</translation>
    </message>
    <message>
        <source>nothing Qt could decode</source>
        <translation>nichts, was Qt dekodieren kann</translation>
    </message>
    <message>
        <source>cannot read this image: expected a picture in {source}, found {found}</source>
        <translation>Bild nicht lesbar ({source}): erwartet wurde ein Bild, gefunden wurde {found}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>The 28×28 image the network reads: your drawing cropped, scaled into a 20-pixel box and centred by its centre of mass, as MNIST digits are</source>
        <translation>Das 28×28-Bild, das das Netz liest: deine Zeichnung, zugeschnitten, in ein 20-Pixel-Feld skaliert und nach ihrem Schwerpunkt zentriert, wie die MNIST-Ziffern</translation>
    </message>
    <message>
        <source>Network input</source>
        <translation>Netzeingabe</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>zu {percent} sicher</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}: {percent}</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Draw a digit to look inside the network.</source>
        <translation>Zeichne eine Ziffer, um ins Netz hineinzuschauen.</translation>
    </message>
    <message>
        <source>Nothing to show: the network&apos;s values are not numbers (its weights diverged).</source>
        <translation>Nichts zu zeigen: Die Werte des Netzes sind keine Zahlen (seine Gewichte sind divergiert).</translation>
    </message>
    <message>
        <source>One square per unit (neuron), always in the same place: red when it fires for your drawing, the stronger the redder; white when silent, blue below zero.</source>
        <translation>Ein Quadrat pro Einheit (Neuron), immer an derselben Stelle: rot, wenn sie bei deiner Zeichnung feuert, je stärker, desto röter; weiß, wenn sie still ist; blau unter null.</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Im Inneren des Netzes</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>Was sehe ich hier?</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <source>Why “{name}”?</source>
        <translation>Warum „{name}“?</translation>
    </message>
    <message>
        <source>Red ink raises the network&apos;s score for “{name}”, blue ink lowers it: each pixel&apos;s ink times how strongly the score reacts to it.</source>
        <translation>Rote Tinte erhöht den Wert des Netzes für „{name}“, blaue senkt ihn: die Tinte jedes Pixels mal der Stärke, mit der der Wert darauf reagiert.</translation>
    </message>
    <message>
        <source>Strongest units of {layer}</source>
        <translation>Stärkste Einheiten der Schicht {layer}</translation>
    </message>
    <message>
        <source>The weights of the {count} units of {layer} that fire most, laid out like the image, with your drawing shaded over them: each adds up the ink on its red weights and takes away the ink on its blue ones.</source>
        <translation>Die Gewichte der {count} Einheiten der Schicht {layer}, die am stärksten feuern, angeordnet wie das Bild, mit deiner Zeichnung darübergelegt: Jede zählt die Tinte auf ihren roten Gewichten zusammen und zieht die Tinte auf ihren blauen ab.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}</source>
        <translation>Schicht {layer}, Einheit {unit}</translation>
    </message>
    <message>
        <source>Fires {value} and supports “{name}” most. Ink on its red pixels excites it, ink on blue ones holds it back. Point at any unit to see it here.</source>
        <translation>Feuert mit {value} und stützt „{name}“ am meisten. Tinte auf ihren roten Pixeln regt sie an, Tinte auf blauen bremst sie. Zeig auf eine beliebige Einheit, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Views of the answer</source>
        <translation>Ansichten der Antwort</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>What the network answers</source>
        <translation>Was das Netz antwortet</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innenleben</translation>
    </message>
    <message>
        <source>What happens inside the network as it reads</source>
        <translation>Was im Netz passiert, während es liest</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>What the units of the first layer look for</source>
        <translation>Wonach die Einheiten der ersten Schicht suchen</translation>
    </message>
    <message>
        <source>Open a model to see its first layer&apos;s weights.</source>
        <translation>Öffne ein Modell, um die Gewichte seiner ersten Schicht zu sehen.</translation>
    </message>
    <message>
        <source>This model&apos;s first layer does not read the 28×28 pixels directly.</source>
        <translation>Die erste Schicht dieses Modells liest die 28×28 Pixel nicht direkt.</translation>
    </message>
    <message>
        <source>Each of the {units} units of {layer} as its 784 weights, laid out like the image: ink on red weights excites the unit, ink on blue ones inhibits it (each image scaled to its own strongest weight). Train with “{option}” to see them grow from noise into strokes.</source>
        <translation>Jede der {units} Einheiten der Schicht {layer} als ihre 784 Gewichte, angeordnet wie das Bild: Tinte auf roten Gewichten regt die Einheit an, Tinte auf blauen hemmt sie (jedes Bild auf sein eigenes stärkstes Gewicht skaliert). Trainiere mit „{option}“, um zu sehen, wie aus Rauschen Striche werden.</translation>
    </message>
    <message>
        <source>Point at a unit to read it.</source>
        <translation>Zeig auf eine Einheit, um sie abzulesen.</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Gewichte der ersten Schicht</translation>
    </message>
    <message>
        <source>How large each weight image is drawn</source>
        <translation>Wie groß jedes Gewichtsbild gezeichnet wird</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Weights of the first layer&apos;s units</source>
        <translation>Gewichte der Einheiten der ersten Schicht</translation>
    </message>
    <message>
        <source>Unit {unit}: {low} to {high}</source>
        <translation>Einheit {unit}: {low} bis {high}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A question to think about</source>
        <translation>Eine Frage zum Nachdenken</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Schritte der Lektion</translation>
    </message>
    <message>
        <source>Each step, ticked once DigitLab sees you have done it; choose one to read it.</source>
        <translation>Jeder Schritt, abgehakt, sobald DigitLab sieht, dass du ihn erledigt hast; wähle einen aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Schritttext</translation>
    </message>
    <message>
        <source>◂ All lessons</source>
        <translation>◂ Alle Lektionen</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Zurück</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Weiter ▸</translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>Alle Lektionen</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Carry out this step for you, in the part of DigitLab it is about.</source>
        <translation>Führt diesen Schritt für dich aus, in dem Teil von DigitLab, um den es geht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · about {minutes} min</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · etwa {minutes} min</translation>
    </message>
    <message>
        <source>Step {number}, done: {title}</source>
        <translation>Schritt {number}, erledigt: {title}</translation>
    </message>
    <message>
        <source>Step {number}, to do: {title}</source>
        <translation>Schritt {number}, offen: {title}</translation>
    </message>
    <message>
        <source>DigitLab lessons ({patterns})</source>
        <translation>DigitLab-Lektionen ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <source>That part of DigitLab is not available here (hidden by the policy of this computer).</source>
        <translation>Dieser Teil von DigitLab ist hier nicht verfügbar (durch die Richtlinien dieses Computers ausgeblendet).</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Each lesson with its length and the steps done; Enter opens it.</source>
        <translation>Jede Lektion mit ihrer Dauer und den erledigten Schritten; Enter öffnet sie.</translation>
    </message>
    <message>
        <source>Guided lessons: train, compare, look inside, teach</source>
        <translation>Geführte Lektionen: trainieren, vergleichen, hineinschauen, beibringen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Guided lessons, one step at a time</source>
        <translation>Geführte Lektionen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson file ({suffix}) a teacher shared</source>
        <translation>Eine Lektionsdatei ({suffix}) öffnen, die eine Lehrkraft geteilt hat</translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {done}/{steps} done
{summary}</source>
        <translation>{title}  ·  {minutes} min  ·  {done}/{steps} erledigt
{summary}</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Lektion lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Pick a lesson. Each is a few short steps; DigitLab ticks a step when you have done it, and remembers where you were.</source>
        <translation>Wähle eine Lektion. Jede besteht aus ein paar kurzen Schritten; DigitLab hakt einen Schritt ab, wenn du ihn erledigt hast, und merkt sich, wo du warst.</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Lektionsdatei öffnen…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons cannot read your history: {error}</source>
        <translation>Die Lektionen können deinen Verlauf nicht lesen: {error}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>{ending} Not recorded in the run history: {problem}</source>
        <translation>{ending} Nicht im Verlauf der Durchläufe gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Keeping the adapted network…</source>
        <translation>Angepasstes Netz wird gesichert…</translation>
    </message>
    <message>
        <source>Neurons in this layer: more can learn finer patterns, but cost more time and overfit more easily.</source>
        <translation>Neuronen in dieser Schicht: Mehr Neuronen können feinere Muster lernen, kosten aber mehr Zeit und neigen eher zur Überanpassung.</translation>
    </message>
    <message>
        <source>The non-linearity each neuron applies to its weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation>Die Nichtlinearität, die jedes Neuron auf seine gewichtete Summe anwendet; ohne sie fallen gestapelte Schichten zu einer einzigen linearen Abbildung zusammen.</translation>
    </message>
    <message>
        <source>Fraction of this layer&apos;s outputs switched off at random in each training step, so the network cannot rely on any single neuron (less overfitting).</source>
        <translation>Anteil der Ausgaben dieser Schicht, die in jedem Trainingsschritt zufällig abgeschaltet werden, damit sich das Netz auf kein einzelnes Neuron verlassen kann (weniger Überanpassung).</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: Glorot suits tanh/sigmoid, He suits ReLU; a poor choice makes deep nets start slowly or diverge.</source>
        <translation>Wie die Startgewichte gezogen werden: Glorot passt zu tanh/Sigmoid, He zu ReLU; eine schlechte Wahl lässt tiefe Netze langsam starten oder divergieren.</translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss: keeps weights small, which smooths the decision boundary and reduces overfitting (0 = off).</source>
        <translation>Strafterm für große Gewichte, der zum Verlust addiert wird: Er hält die Gewichte klein, glättet so die Entscheidungsgrenze und verringert Überanpassung (0 = aus).</translation>
    </message>
    <message>
        <source>pixels 0…1</source>
        <translation>Pixel 0…1</translation>
    </message>
    <message>
        <source>standardized (mean 0, std 1)</source>
        <translation>standardisiert (Mittel 0, Std.-Abw. 1)</translation>
    </message>
    <message>
        <source>What the network sees: pixels in 0…1, or standardized to mean 0 and standard deviation 1 (helps SGD with tanh layers).</source>
        <translation>Was das Netz sieht: Pixel in 0…1 oder standardisiert auf Mittelwert 0 und Standardabweichung 1 (hilft SGD bei tanh-Schichten).</translation>
    </message>
    <message>
        <source>Outputs of the softmax layer, one per class: the dataset decides it.</source>
        <translation>Ausgaben der Softmax-Schicht, eine pro Klasse: Der Datensatz bestimmt ihre Zahl.</translation>
    </message>
    <message>
        <source>Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke width) so the network learns digits as people really draw them.</source>
        <translation>Jeden Trainings-Batch neu verzerren (verschieben, drehen, skalieren, scheren, biegen, Strichbreite), damit das Netz Ziffern so lernt, wie Menschen sie wirklich zeichnen.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Largest move of a digit up, down or sideways: people seldom draw in the centre.</source>
        <translation>Größte Verschiebung einer Ziffer nach oben, unten oder zur Seite: Menschen zeichnen selten genau in die Mitte.</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Largest tilt either way: handwriting leans.</source>
        <translation>Größte Drehung in beide Richtungen: Handschrift neigt sich.</translation>
    </message>
    <message>
        <source>Largest change of size, as a fraction (0.12 = up to 12% larger or smaller).</source>
        <translation>Größte Größenänderung als Anteil (0,12 = bis zu 12&#xa0;% größer oder kleiner).</translation>
    </message>
    <message>
        <source>Largest slant, as columns shifted per row: upright and italic writers differ.</source>
        <translation>Größte Schräglage, als verschobene Spalten pro Zeile: Menschen mit aufrechter und mit schräger Schrift unterscheiden sich.</translation>
    </message>
    <message>
        <source>How far the elastic distortion bends strokes, like an unsteady hand (0 = none).</source>
        <translation>Wie stark die elastische Verzerrung Striche biegt, wie eine zittrige Hand (0 = gar nicht).</translation>
    </message>
    <message>
        <source>How smooth that bending is: small values wobble, large ones bend whole strokes.</source>
        <translation>Wie glatt diese Biegung ist: Kleine Werte wackeln, große biegen ganze Striche.</translation>
    </message>
    <message>
        <source>Share of images whose stroke is made a pixel thicker or thinner, like another pen.</source>
        <translation>Anteil der Bilder, deren Strich ein Pixel dicker oder dünner wird, wie bei einem anderen Stift.</translation>
    </message>
    <message>
        <source>Chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1, hooked 9).</source>
        <translation>Wahrscheinlichkeit, dass eine 1 oder 9 in dem Stil gezeigt wird, der in MNIST fehlt (1 mit Aufstrich, 9 mit Haken).</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates: SGD takes plain steps, Adam and RMSprop adapt the step size for each weight.</source>
        <translation>Die Regel, die aus Gradienten Gewichtsupdates macht: SGD macht einfache Schritte, Adam und RMSprop passen die Schrittweite für jedes Gewicht an.</translation>
    </message>
    <message>
        <source>How big a step each update takes: too small learns slowly, too large overshoots and the loss explodes.</source>
        <translation>Wie groß jeder Aktualisierungsschritt ist: Zu klein lernt langsam, zu groß schießt übers Ziel hinaus und der Verlust explodiert.</translation>
    </message>
    <message>
        <source>Keeps a running direction of past updates so SGD rolls through small bumps and noise (0 = none; 0.9 is typical).</source>
        <translation>Merkt sich eine laufende Richtung aus früheren Updates, damit SGD über kleine Unebenheiten und Rauschen hinwegrollt (0 = keins; 0,9 ist typisch).</translation>
    </message>
    <message>
        <source>Nesterov momentum looks ahead along the running direction before computing the gradient, which usually converges a little faster.</source>
        <translation>Nesterov-Momentum schaut entlang der laufenden Richtung voraus, bevor es den Gradienten berechnet; das konvergiert meist etwas schneller.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>cosine decay to 0</source>
        <translation>Kosinus-Abfall auf 0</translation>
    </message>
    <message>
        <source>exponential decay per epoch</source>
        <translation>exponentieller Abfall pro Epoche</translation>
    </message>
    <message>
        <source>How the learning rate changes during training: big steps early and smaller ones later often end at a better minimum.</source>
        <translation>Wie sich die Lernrate während des Trainings ändert: Anfangs große und später kleinere Schritte enden oft in einem besseren Minimum.</translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by after every epoch (exponential schedule).</source>
        <translation>Faktor, mit dem die Lernrate nach jeder Epoche multipliziert wird (exponentieller Zeitplan).</translation>
    </message>
    <message>
        <source>Images per weight update: small batches give noisy but frequent updates, large batches smooth but fewer updates per epoch.</source>
        <translation>Bilder pro Gewichtsupdate: Kleine Batches geben verrauschte, aber häufige Updates, große Batches glatte, aber weniger Updates pro Epoche.</translation>
    </message>
    <message>
        <source>How many times training goes through the whole training set.</source>
        <translation>Wie oft das Training die gesamten Trainingsdaten durchläuft.</translation>
    </message>
    <message>
        <source>Training images held back to check the network on data it does not learn from (a fraction up to half, or a number of images): when validation loss rises while training loss falls, it overfits.</source>
        <translation>Trainingsbilder, die zurückgehalten werden, um das Netz an Daten zu prüfen, aus denen es nicht lernt (ein Anteil bis zur Hälfte oder eine Anzahl Bilder): Steigt der Validierungsverlust, während der Trainingsverlust sinkt, ist das Überanpassung.</translation>
    </message>
    <message>
        <source>Seeds the random start weights, shuffling and dropout, so the same settings give the same run again.</source>
        <translation>Startwert des Zufalls für die Startgewichte, das Mischen und Dropout: Gleiche Einstellungen ergeben wieder den gleichen Durchlauf.</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs and keep the best weights (0 = off: train every epoch).</source>
        <translation>Anhalten, wenn sich der Validierungsverlust so viele Epochen lang nicht verbessert hat, und die besten Gewichte behalten (0 = aus: alle Epochen trainieren).</translation>
    </message>
    <message>
        <source>Also train on digits drawn with a pen by 24 writers, each re-rendered as on the canvas at a random place, size, pen width and slant: it teaches the network how people draw rather than how MNIST was scanned. Digit datasets only; six more writers are never trained on, to measure with.</source>
        <translation>Zusätzlich mit Ziffern trainieren, die 24 Personen mit einem Stift gezeichnet haben, jede neu gerendert wie auf der Zeichenfläche, mit zufälliger Lage, Größe, Stiftbreite und Neigung: So lernt das Netz, wie Menschen zeichnen, statt wie MNIST gescannt wurde. Nur für Ziffern-Datensätze; mit sechs weiteren Personen wird nie trainiert, sie dienen zum Messen.</translation>
    </message>
    <message>
        <source>Random renderings of each pen-drawn digit added to the training images (about 6,000 digits each time).</source>
        <translation>Zufällige Darstellungen jeder mit Stift gezeichneten Ziffer, die den Trainingsbildern hinzugefügt werden (jedes Mal etwa 6.000 Ziffern).</translation>
    </message>
    <message>
        <source>Share of the training digits added once more as a scanner or a phone camera would give them (blurred, thickened, cropped, photographed, postal 16×16 or 8×8), so learning the canvas&apos;s sharp strokes does not cost the scans. Digit datasets only.</source>
        <translation>Anteil der Trainingsziffern, der noch einmal so hinzugefügt wird, wie ein Scanner oder eine Handykamera sie liefern würde (unscharf, verdickt, eng beschnitten, fotografiert, Postleitzahl-Scan 16×16 oder 8×8), damit das Lernen der scharfen Striche der Zeichenfläche nicht die Scans kostet. Nur Ziffern-Datensätze.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T-Shirt/Top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Hose</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pullover</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Kleid</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Mantel</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Hemd</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Sneaker</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Tasche</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Stiefelette</translation>
    </message>
    <message>
        <source>unknown dataset {spec}: expected one of {known} or a folder of IDX files, and no folder {folder} exists</source>
        <translation>unbekannter Datensatz {spec}: erwartet wurde einer von {known} oder ein Ordner mit IDX-Dateien, und es gibt keinen Ordner {folder}</translation>
    </message>
    <message>
        <source>{name} was not found in {folder} or {cache}: pass a folder holding its four IDX files ({files}), or allow downloading it</source>
        <translation>{name} wurde weder in {folder} noch in {cache} gefunden: gib einen Ordner mit seinen vier IDX-Dateien an ({files}) oder erlaube das Herunterladen</translation>
    </message>
    <message>
        <source>{name} is not here and downloads are switched off by the policy of this computer ({policy}): pass a folder holding its four IDX files ({files})</source>
        <translation>{name} ist nicht vorhanden, und Downloads sind durch die Richtlinien dieses Computers abgeschaltet ({policy}): gib einen Ordner mit seinen vier IDX-Dateien an ({files})</translation>
    </message>
    <message>
        <source>downloading {name} through keras.datasets failed: {reason}</source>
        <translation>das Herunterladen von {name} über keras.datasets ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{folder}: expected a folder of IDX files, but it is not a folder</source>
        <translation>{folder}: erwartet wurde ein Ordner mit IDX-Dateien, aber es ist kein Ordner</translation>
    </message>
    <message>
        <source>{folder}: expected the four IDX files {files} (each raw or .gz); not found: {missing}</source>
        <translation>{folder}: erwartet wurden die vier IDX-Dateien {files} (je roh oder .gz); nicht gefunden: {missing}</translation>
    </message>
    <message>
        <source>{path}: expected images of shape (N, 28, 28), found {shape}</source>
        <translation>{path}: erwartet wurden Bilder der Form (N, 28, 28), gefunden: {shape}</translation>
    </message>
    <message>
        <source>{path}: expected labels of shape (N,), found {shape}</source>
        <translation>{path}: erwartet wurden Labels der Form (N,), gefunden: {shape}</translation>
    </message>
    <message>
        <source>{images_path} holds {images} images but {labels_path} holds {labels} labels; expected the same number</source>
        <translation>{images_path} enthält {images} Bilder, aber {labels_path} {labels} Labels; erwartet wurde dieselbe Anzahl</translation>
    </message>
    <message>
        <source>{path}: expected labels 0..{last} (one per class name), found label {found}</source>
        <translation>{path}: erwartet wurden Labels 0..{last} (eines pro Klassenname), gefunden: Label {found}</translation>
    </message>
    <message>
        <source>TF.js layers model (folder)</source>
        <translation>TF.js-Layers-Modell (Ordner)</translation>
    </message>
    <message>
        <source>LiteRT (TensorFlow Lite)</source>
        <translation>LiteRT (TensorFlow Lite)</translation>
    </message>
    <message>
        <source>Web page (one file, offline)</source>
        <translation>Webseite (eine Datei, offline)</translation>
    </message>
    <message>
        <source>{out} is a file; the TF.js format writes a folder (model.json and weight shards): expected a folder name</source>
        <translation>{out} ist eine Datei; das TF.js-Format schreibt einen Ordner (model.json und Gewichtsteile): erwartet wurde ein Ordnername</translation>
    </message>
    <message>
        <source>{out} is a folder; expected a file name ending in {suffix}</source>
        <translation>{out} ist ein Ordner; erwartet wurde ein Dateiname mit der Endung {suffix}</translation>
    </message>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>sein Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write {out}: {why}</source>
        <translation>{out} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>{out} was written but cannot be read back as {format}: {reason}</source>
        <translation>{out} wurde geschrieben, lässt sich aber nicht als {format} zurücklesen: {reason}</translation>
    </message>
    <message>
        <source>the export to {out} stopped: its process ended unexpectedly (out of memory?)</source>
        <translation>der Export nach {out} wurde abgebrochen: sein Prozess endete unerwartet (kein Speicher mehr?)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>early stopped</source>
        <translation>früh gestoppt</translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation>Verlust ist keine Zahl</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>Next Tech tutorial</source>
        <translation>Next-Tech-Tutorial</translation>
    </message>
    <message>
        <source>784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels.</source>
        <translation>784-50-50-10-tanh-MLP, trainiert mit SGD mit Momentum auf standardisierten Pixeln.</translation>
    </message>
    <message>
        <source>Next Tech, &apos;Building an MLP with Keras&apos; (test accuracy 96.27%)</source>
        <translation>Next Tech, „Building an MLP with Keras“ (Testgenauigkeit 96,27&#xa0;%)</translation>
    </message>
    <message>
        <source>Géron ch.10</source>
        <translation>Géron Kap. 10</translation>
    </message>
    <message>
        <source>Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10.</source>
        <translation>Flatten-300-100-10-ReLU-Klassifikator aus Hands-On Machine Learning, Kap. 10.</translation>
    </message>
    <message>
        <source>A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)</source>
        <translation>A. Géron, Hands-On Machine Learning, 2. Aufl., Kap. 10 (Fashion-MNIST 88,6&#xa0;%)</translation>
    </message>
    <message>
        <source>Keras mnist_mlp</source>
        <translation>Keras mnist_mlp</translation>
    </message>
    <message>
        <source>The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop.</source>
        <translation>Das klassische Keras-Beispiel: 512-512 ReLU mit Dropout 0,2, RMSprop.</translation>
    </message>
    <message>
        <source>keras/examples/mnist_mlp.py (test accuracy 98.40%)</source>
        <translation>keras/examples/mnist_mlp.py (Testgenauigkeit 98,40&#xa0;%)</translation>
    </message>
    <message>
        <source>DigitLab best</source>
        <translation>DigitLab Top</translation>
    </message>
    <message>
        <source>768-768 ReLU with dropout, Adam with cosine decay, trained on MNIST, on pen-drawn digits by 24 writers and on MNIST digits as scanners and phone cameras give them, distorted afresh each batch (shift, rotation, scale, shear, elastic, stroke thickness, flagged 1s and hooked 9s), so it reads digits as people draw, scan and photograph them.</source>
        <translation>768-768 ReLU mit Dropout, Adam mit Kosinus-Abfall, trainiert mit MNIST, mit Ziffern, die 24 Personen mit einem Stift gezeichnet haben, und mit MNIST-Ziffern, wie Scanner und Handykameras sie liefern, in jedem Batch neu verzerrt (Verschiebung, Drehung, Skalierung, Scherung, elastisch, Strichstärke, Einsen mit Aufstrich und Neunen mit Haken), damit es Ziffern so liest, wie Menschen sie zeichnen, scannen und fotografieren.</translation>
    </message>
    <message>
        <source>DigitLab best (Fashion)</source>
        <translation>DigitLab Top (Fashion)</translation>
    </message>
    <message>
        <source>1024-1024 ReLU with dropout 0.3, Adam with cosine decay, 30 epochs: the widest plain MLP that trains in minutes on two cores. Clothes are not distorted: shifted or scaled, they read worse (tried on 5,000 validation images).</source>
        <translation>1024-1024 ReLU mit Dropout 0,3, Adam mit Kosinus-Abfall, 30 Epochen: das breiteste einfache MLP, das auf zwei Kernen in Minuten trainiert. Kleidung wird nicht verzerrt: verschoben oder skaliert wird sie schlechter gelesen (geprüft an 5.000 Validierungsbildern).</translation>
    </message>
    <message>
        <source>DigitLab (bench/accuracy.py measures it)</source>
        <translation>DigitLab (Genauigkeit gemessen mit bench/accuracy.py)</translation>
    </message>
    <message>
        <source>Scoring your drawings…</source>
        <translation>Deine Zeichnungen werden bewertet…</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow wird geladen…</translation>
    </message>
    <message>
        <source>Keeping the trained network…</source>
        <translation>Trainiertes Netz wird gesichert…</translation>
    </message>
    <message>
        <source>Stopped before training began.</source>
        <translation>Gestoppt, bevor das Training begann.</translation>
    </message>
    <message>
        <source>Nothing was kept: the model it started from is as it was.</source>
        <translation>Nichts wurde behalten: Das Ausgangsmodell ist unverändert.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>Training fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Daten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Training could not start: {error}</source>
        <translation>Das Training konnte nicht beginnen: {error}</translation>
    </message>
    <message>
        <source>Evaluating on the test set…</source>
        <translation>Auswertung auf den Testdaten…</translation>
    </message>
    <message>
        <source>Reading digits drawn by new writers…</source>
        <translation>Ziffern neuer Personen werden gelesen…</translation>
    </message>
    <message>
        <source>The weights from before the divergence were kept.</source>
        <translation>Die Gewichte von vor der Divergenz wurden behalten.</translation>
    </message>
    <message>
        <source>The loss became NaN at epoch {epoch}, batch {batch}: the weights diverged. Try a lower learning rate than {rate} (e.g. {lower}). {kept}</source>
        <translation>Der Verlust wurde in Epoche {epoch}, Batch {batch} zu NaN: Die Gewichte sind divergiert. Versuch eine kleinere Lernrate als {rate} (z. B. {lower}). {kept}</translation>
    </message>
    <message>
        <source>The weights trained so far are kept.</source>
        <translation>Die bis hierhin trainierten Gewichte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after 1 step. {kept}</source>
        <translation>In Epoche {epoch} gestoppt, nach 1 Schritt. {kept}</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after {count} steps. {kept}</source>
        <translation>In Epoche {epoch} gestoppt, nach {count} Schritten. {kept}</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for 1 epoch, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Nach Epoche {epoch} früh gestoppt: Der Validierungsverlust war seit 1 Epoche nicht besser geworden, also wurden die besten Gewichte (Validierungsverlust {loss}) wiederhergestellt.</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for {count} epochs, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Nach Epoche {epoch} früh gestoppt: Der Validierungsverlust war seit {count} Epochen nicht besser geworden, also wurden die besten Gewichte (Validierungsverlust {loss}) wiederhergestellt.</translation>
    </message>
    <message>
        <source>Finished 1 epoch.</source>
        <translation>1 Epoche trainiert.</translation>
    </message>
    <message>
        <source>Finished {count} epochs.</source>
        <translation>{count} Epochen trainiert.</translation>
    </message>
    <message>
        <source>Training did not stop within {seconds} s, so its process was ended; nothing was kept.</source>
        <translation>Das Training hielt nicht binnen {seconds} s an, also wurde sein Prozess beendet; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>Exit-Status {code}</translation>
    </message>
    <message>
        <source>killed by {signal}, as when the system runs out of memory</source>
        <translation>durch {signal} beendet, wie wenn dem System der Speicher ausgeht</translation>
    </message>
    <message>
        <source>killed by {signal}</source>
        <translation>durch {signal} beendet</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly ({how}); nothing was kept.</source>
        <translation>Der Trainingsprozess endete unerwartet ({how}); nichts wurde behalten.</translation>
    </message>
    <message>
        <source>{path}: the image is {width}×{height} pixels ({megapixels} megapixels); DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}: Das Bild hat {width}×{height} Pixel ({megapixels} Megapixel); DigitLab liest Bilder mit höchstens {limit} Megapixeln</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes)</source>
        <translation>{path}: Die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>{path}: the image is over {megapixels} megapixels; DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}: Das Bild hat über {megapixels} Megapixel; DigitLab liest Bilder mit höchstens {limit} Megapixeln</translation>
    </message>
    <message>
        <source>{path}: not a readable image (not a picture format DigitLab knows)</source>
        <translation>{path}: kein lesbares Bild (kein Bildformat, das DigitLab kennt)</translation>
    </message>
    <message>
        <source>{path}: not a readable image ({reason})</source>
        <translation>{path}: kein lesbares Bild ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>einen Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>einen Socket</translation>
    </message>
    <message>
        <source>more while reading it</source>
        <translation>mehr beim Lesen</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>expected a regular file, found {found}</source>
        <translation>erwartet wurde eine normale Datei, gefunden: {found}</translation>
    </message>
    <message>
        <source>expected a file of at most {limit}, found {found}</source>
        <translation>erwartet wurde eine Datei von höchstens {limit}, gefunden: {found}</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <source>{path}: expected a model file ending in {suffixes}, found the suffix {suffix}</source>
        <translation>{path}: erwartet wurde eine Modelldatei mit der Endung {suffixes}, gefunden: die Endung {suffix}</translation>
    </message>
    <message>
        <source>{source} expects inputs of shape {shape}; DigitLab feeds 28×28 images (input shape 28×28 or 784)</source>
        <translation>{source} erwartet Eingaben der Form {shape}; DigitLab gibt 28×28-Bilder ein (Eingabeform 28×28 oder 784)</translation>
    </message>
    <message>
        <source>{source} has {units} output units; expected {classes}, one per class</source>
        <translation>{source} hat {units} Ausgabeeinheiten; erwartet wurden {classes}, eine pro Klasse</translation>
    </message>
    <message>
        <source>{source} has {units} output unit; a classifier needs at least 2</source>
        <translation>{source} hat {units} Ausgabeeinheit; ein Klassifikator braucht mindestens 2</translation>
    </message>
    <message>
        <source>Model file {path} does not exist</source>
        <translation>Die Modelldatei {path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is a folder; expected a model file</source>
        <translation>{path} ist ein Ordner; erwartet wurde eine Modelldatei</translation>
    </message>
    <message>
        <source>a .keras zip archive</source>
        <translation>ein .keras-Zip-Archiv</translation>
    </message>
    <message>
        <source>a legacy HDF5 (.h5) model</source>
        <translation>ein altes HDF5-Modell (.h5)</translation>
    </message>
    <message>
        <source>{path} is not a Keras model: expected {expected}, found {found}</source>
        <translation>{path} ist kein Keras-Modell: erwartet wurde {expected}, gefunden: {found}</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>a zip archive (a .keras model?)</source>
        <translation>ein Zip-Archiv (ein .keras-Modell?)</translation>
    </message>
    <message>
        <source>a damaged or truncated zip archive</source>
        <translation>ein beschädigtes oder abgeschnittenes Zip-Archiv</translation>
    </message>
    <message>
        <source>an HDF5 file (a legacy .h5 model?)</source>
        <translation>eine HDF5-Datei (ein altes .h5-Modell?)</translation>
    </message>
    <message>
        <source>data in an unknown format</source>
        <translation>Daten in einem unbekannten Format</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Keras model: {reason}</source>
        <translation>{path} ist beschädigt oder kein Keras-Modell: {reason}</translation>
    </message>
    <message>
        <source>the plots</source>
        <translation>die Diagramme</translation>
    </message>
    <message>
        <source>the drawings</source>
        <translation>die Zeichnungen</translation>
    </message>
    <message>
        <source>{out} already exists and is not a TF.js model folder; expected a new or empty folder, or one an earlier export wrote</source>
        <translation>{out} existiert bereits und ist kein TF.js-Modellordner; erwartet wurde ein neuer oder leerer Ordner oder einer, den ein früherer Export geschrieben hat</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>the curves</source>
        <translation>die Kurven</translation>
    </message>
    <message>
        <source>Cannot write {what}: expected a file name, got an empty one</source>
        <translation>Kann {what} nicht schreiben: erwartet wurde ein Dateiname, er ist leer</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {refusal}</source>
        <translation>Kann {what} nicht nach {path} schreiben: {refusal}</translation>
    </message>
    <message>
        <source>it is one of DigitLab&apos;s own data files; choose another name</source>
        <translation>es ist eine von DigitLabs eigenen Datendateien; wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>expected a new name or a regular file, found {kind}</source>
        <translation>erwartet wurde ein neuer Name oder eine normale Datei, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected a name ending in {suffixes}, found {suffix}</source>
        <translation>erwartet wurde ein Name mit der Endung {suffixes}, gefunden: {suffix}</translation>
    </message>
    <message>
        <source>{lost}: {reason}</source>
        <translation>{lost}: {reason}</translation>
    </message>
    <message>
        <source>this run is not recorded in the history</source>
        <translation>dieser Durchlauf wird nicht im Verlauf der Durchläufe gespeichert</translation>
    </message>
    <message>
        <source>the history does not know how long this run was planned to be</source>
        <translation>der Verlauf kennt die geplante Länge dieses Durchlaufs nicht</translation>
    </message>
    <message>
        <source>this run&apos;s epochs are only partly recorded in the history</source>
        <translation>die Epochen dieses Durchlaufs sind nur teilweise im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>this run stays unfinished in the history</source>
        <translation>dieser Durchlauf bleibt im Verlauf unvollendet</translation>
    </message>
    <message>
        <source>the history does not know where this run&apos;s model was saved</source>
        <translation>der Verlauf weiß nicht, wo das Modell dieses Durchlaufs gespeichert wurde</translation>
    </message>
    <message>
        <source>the history does not keep this adaptation&apos;s scores</source>
        <translation>der Verlauf bewahrt die Ergebnisse dieser Anpassung nicht auf</translation>
    </message>
    <message>
        <source>the end of this run is recorded, but not its last loss curve points: {reason}</source>
        <translation>das Ende dieses Durchlaufs ist gespeichert, aber nicht die letzten Punkte seiner Verlustkurve: {reason}</translation>
    </message>
    <message>
        <source>run {id} is damaged in the history: {error}</source>
        <translation>Durchlauf {id} ist im Verlauf beschädigt: {error}</translation>
    </message>
    <message>
        <source>the run history {path} is locked by another program ({error})</source>
        <translation>der Verlauf der Durchläufe {path} ist von einem anderen Programm gesperrt ({error})</translation>
    </message>
    <message>
        <source>the run history {path} cannot be used: {error}</source>
        <translation>der Verlauf der Durchläufe {path} kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>{path} is not a DigitLab run history: {found}</source>
        <translation>{path} ist kein Verlauf der Durchläufe von DigitLab: {found}</translation>
    </message>
    <message>
        <source>the run history {path} is read-only and of schema {found}; this DigitLab reads schema {known} (it updates the file where it may write)</source>
        <translation>der Verlauf der Durchläufe {path} ist schreibgeschützt und hat Schema {found}; dieses DigitLab liest Schema {known} (es aktualisiert die Datei, wo es schreiben darf)</translation>
    </message>
    <message>
        <source>it has tables of its own and no DigitLab schema version</source>
        <translation>sie hat eigene Tabellen und keine DigitLab-Schemaversion</translation>
    </message>
    <message>
        <source>the run history {path} was written by a newer DigitLab (schema {found}; this one knows up to {known})</source>
        <translation>der Verlauf der Durchläufe {path} wurde von einem neueren DigitLab geschrieben (Schema {found}; dieses kennt bis {known})</translation>
    </message>
    <message>
        <source>expected the tables {expected} with DigitLab&apos;s columns, found {found}</source>
        <translation>erwartet wurden die Tabellen {expected} mit den Spalten von DigitLab, gefunden: {found}</translation>
    </message>
    <message>
        <source>there is no run {id} in the history (see: digitlab runs)</source>
        <translation>im Verlauf gibt es keinen Durchlauf {id} (siehe: digitlab runs)</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>&gt; {percent}</source>
        <translation>&gt; {percent}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>No runs selected: select runs in the table to compare their curves.</source>
        <translation>Keine Durchläufe ausgewählt: Wähle Durchläufe in der Tabelle aus, um ihre Kurven zu vergleichen.</translation>
    </message>
    <message>
        <source>Run {label}: no epoch recorded.</source>
        <translation>Durchlauf {label}: keine Epoche aufgezeichnet.</translation>
    </message>
    <message>
        <source>Run {label}: after epoch {epoch} of {epochs}, loss {loss}, accuracy {accuracy}, validation loss {val_loss}, validation accuracy {val_accuracy}; test accuracy {test}.</source>
        <translation>Durchlauf {label}: nach Epoche {epoch} von {epochs}, Verlust {loss}, Genauigkeit {accuracy}, Validierungsverlust {val_loss}, Validierungsgenauigkeit {val_accuracy}; Testgenauigkeit {test}.</translation>
    </message>
    <message>
        <source>Curves as a table</source>
        <translation>Kurven als Tabelle</translation>
    </message>
    <message>
        <source>One row per epoch of each selected run: loss and accuracy on the training and validation images.</source>
        <translation>Eine Zeile pro Epoche jedes ausgewählten Durchlaufs: Verlust und Genauigkeit auf den Trainings- und Validierungsbildern.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>━━ training &amp;nbsp;&amp;nbsp; ╍╍ validation &amp;nbsp;&amp;nbsp; ★ test</source>
        <translation>━━ Training &amp;nbsp;&amp;nbsp; ╍╍ Validierung &amp;nbsp;&amp;nbsp; ★ Test</translation>
    </message>
    <message>
        <source>Select runs in the table to compare their curves&lt;br&gt;(Ctrl- or Shift-click for several).</source>
        <translation>Wähle Durchläufe in der Tabelle aus, um ihre Kurven zu vergleichen&lt;br&gt;(Strg- oder Umschalt-Klick für mehrere).</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>List every epoch&apos;s loss and accuracy of the selected runs instead of the plots.</source>
        <translation>Verlust und Genauigkeit jeder Epoche der ausgewählten Durchläufe als Liste statt der Diagramme zeigen.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss and accuracy curves of the selected runs</source>
        <translation>Verlust- und Genauigkeitskurven der ausgewählten Durchläufe</translation>
    </message>
    <message>
        <source>…and {count} more selected: at most {most} are drawn.</source>
        <translation>…und {count} weitere ausgewählt: Höchstens {most} werden gezeichnet.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>The run&apos;s number, as &apos;digitlab runs show ID&apos; knows it.</source>
        <translation>Die Nummer des Durchlaufs, wie &apos;digitlab runs show ID&apos; sie kennt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When the run started.</source>
        <translation>Wann der Durchlauf begann.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Layer sizes from input to output, and the hidden layers&apos; activation.</source>
        <translation>Schichtgrößen von der Eingabe bis zur Ausgabe und die Aktivierung der verborgenen Schichten.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Accuracy on the test images, never trained on.</source>
        <translation>Genauigkeit auf den Testbildern, mit denen nie trainiert wurde.</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Gezeichnet</translation>
    </message>
    <message>
        <source>Accuracy on digits drawn by writers the network never saw (digit datasets).</source>
        <translation>Genauigkeit bei Ziffern von Personen, die das Netz nie gesehen hat (Ziffern-Datensätze).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Epochs trained.</source>
        <translation>Trainierte Epochen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Training time, pauses left out.</source>
        <translation>Trainingszeit ohne Pausen.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What it was trained on.</source>
        <translation>Womit trainiert wurde.</translation>
    </message>
    <message>
        <source>never ended (the program was closed or killed while it trained)</source>
        <translation>nie beendet (das Programm wurde während des Trainings geschlossen oder abgebrochen)</translation>
    </message>
    <message>
        <source>its record in the history is damaged ({damage})</source>
        <translation>der Eintrag im Verlauf ist beschädigt ({damage})</translation>
    </message>
    <message>
        <source>Adaptation {id}, {network} on {dataset}: {ended}.</source>
        <translation>Anpassung {id}, {network} mit {dataset}: {ended}.</translation>
    </message>
    <message>
        <source>Run {id}, {network} on {dataset}: {ended}.</source>
        <translation>Durchlauf {id}, {network} mit {dataset}: {ended}.</translation>
    </message>
    <message>
        <source>Test score on {count} images.</source>
        <translation>Testergebnis auf {count} Bildern.</translation>
    </message>
    <message>
        <source>Model: {path}</source>
        <translation>Modell: {path}</translation>
    </message>
    <message>
        <source>Model: not saved</source>
        <translation>Modell: nicht gespeichert</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Aufgezeichnete Durchläufe</translation>
    </message>
    <message>
        <source>One row per training run, newest first. Select rows to draw their curves below; Shift or Ctrl with the arrow keys and Space selects several.</source>
        <translation>Eine Zeile pro Trainingsdurchlauf, neueste zuerst. Wähle Zeilen aus, um unten ihre Kurven zu zeichnen; Umschalt oder Strg mit den Pfeiltasten und der Leertaste wählt mehrere aus.</translation>
    </message>
    <message>
        <source>Run history: {message}</source>
        <translation>Verlauf der Durchläufe: {message}</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>Einstellungen laden</translation>
    </message>
    <message>
        <source>Put this run&apos;s network, training settings and dataset on the Setup page, to train it again or vary it.</source>
        <translation>Netz, Trainingseinstellungen und Datensatz dieses Durchlaufs auf die Seite „Aufbau“ übernehmen, um es erneut zu trainieren oder abzuwandeln.</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Read the canvas with the model this run saved.</source>
        <translation>Die Zeichenfläche mit dem Modell lesen, das dieser Durchlauf gespeichert hat.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the selected run&apos;s curves as CSV, or the plots as an image.</source>
        <translation>Die Kurven des ausgewählten Durchlaufs als CSV oder die Diagramme als Bild speichern.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Forget the selected runs (their saved models stay).</source>
        <translation>Die ausgewählten Durchläufe vergessen (ihre gespeicherten Modelle bleiben).</translation>
    </message>
    <message>
        <source>Curves as CSV…</source>
        <translation>Kurven als CSV…</translation>
    </message>
    <message>
        <source>Plots as PNG or SVG…</source>
        <translation>Diagramme als PNG oder SVG…</translation>
    </message>
    <message>
        <source>The settings of run {id} cannot be used: {error}</source>
        <translation>Die Einstellungen von Durchlauf {id} sind nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>Settings of run #{id} ({network}, test {accuracy}).</source>
        <translation>Einstellungen von Durchlauf #{id} ({network}, Testgenauigkeit {accuracy}).</translation>
    </message>
    <message>
        <source>The run in progress is recorded until it ends; delete it afterwards.</source>
        <translation>Der laufende Durchlauf wird bis zu seinem Ende aufgezeichnet; lösche ihn danach.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Durchläufe löschen</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Kurven exportieren</translation>
    </message>
    <message>
        <source>CSV table ({patterns})</source>
        <translation>CSV-Tabelle ({patterns})</translation>
    </message>
    <message>
        <source>Saved the curves of run {id} to {path}.</source>
        <translation>Kurven von Durchlauf {id} in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Save plots</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <source>Saved the plots to {path}.</source>
        <translation>Diagramme in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Forget run {numbers}? Saved model files are kept.</source>
        <translation>Durchlauf {numbers} vergessen? Gespeicherte Modelldateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Forget {count} runs ({numbers})? Saved model files are kept.</source>
        <translation>{count} Durchläufe ({numbers}) vergessen? Gespeicherte Modelldateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Deleted 1 run.</source>
        <translation>1 Durchlauf gelöscht.</translation>
    </message>
    <message>
        <source>Deleted {count} runs.</source>
        <translation>{count} Durchläufe gelöscht.</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>PNG-Bild ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>SVG-Zeichnung ({patterns})</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Live weights have no file yet: export the network when its run ends.</source>
        <translation>Live-Gewichte haben noch keine Datei: Exportiere das Netz, wenn sein Durchlauf endet.</translation>
    </message>
    <message>
        <source>Cannot export model</source>
        <translation>Modell kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote {format} to {path} ({size} MB); on {images} MNIST test images it gives the app&apos;s top class {same} of the time, probabilities within {difference}</source>
        <translation>{format} nach {path} geschrieben ({size} MB); auf {images} MNIST-Testbildern liefert es in {same} der Fälle dieselbe wahrscheinlichste Klasse wie die App, Wahrscheinlichkeiten weichen um höchstens {difference} ab</translation>
    </message>
    <message>
        <source>&amp;Export model</source>
        <translation>Modell &amp;exportieren</translation>
    </message>
    <message>
        <source>Cannot export now</source>
        <translation>Export gerade nicht möglich</translation>
    </message>
    <message>
        <source>Wait until the last export ends.</source>
        <translation>Warte, bis der letzte Export fertig ist.</translation>
    </message>
    <message>
        <source>Exporting {name} as {format} to {path}…</source>
        <translation>{name} wird als {format} nach {path} exportiert…</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Write the model in use as {format}, checked against DigitLab&apos;s own answers</source>
        <translation>Das verwendete Modell als {format} schreiben, geprüft an den eigenen Antworten von DigitLab</translation>
    </message>
    <message>
        <source>Export {format} into a new folder in</source>
        <translation>{format} exportieren – neuer Ordner in</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>{format} exportieren</translation>
    </message>
</context>
<context>
    <name>Teach</name>
    <message>
        <source>Adapting: epoch {epoch} of {epochs}, about {time} left</source>
        <translation>Anpassung: Epoche {epoch} von {epochs}, noch etwa {time}</translation>
    </message>
    <message>
        <source>Adapting failed: {error}</source>
        <translation>Anpassung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation>An meine Handschrift anpassen</translation>
    </message>
    <message>
        <source>Adapting {model} to your {drawings}…</source>
        <translation>{model} wird an deine {drawings} angepasst…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Back to {model}</source>
        <translation>Zurück zu {model}</translation>
    </message>
    <message>
        <source>{result}
{ending} Now reading with {model}.</source>
        <translation>{result}
{ending} Jetzt wird mit {model} gelesen.</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A {label}</source>
        <translation>Eine {label}</translation>
    </message>
    <message>
        <source>A {label}, kept {time}</source>
        <translation>Eine {label}, behalten am {time}</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Meine Zeichnungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected drawings ({key})</source>
        <translation>Die ausgewählten Zeichnungen löschen ({key})</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add drawings from a JSON Lines file</source>
        <translation>Zeichnungen aus einer JSON-Lines-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save all drawings as JSON Lines (strokes and labels)</source>
        <translation>Alle Zeichnungen als JSON Lines speichern (Striche und Labels)</translation>
    </message>
    <message>
        <source>Export IDX…</source>
        <translation>IDX exportieren…</translation>
    </message>
    <message>
        <source>Save all drawings as MNIST-style IDX images and labels</source>
        <translation>Alle Zeichnungen als IDX-Bilder und -Labels im MNIST-Stil speichern</translation>
    </message>
    <message>
        <source>{drawings}; label one to keep it here</source>
        <translation>{drawings}; beschrifte eine Zeichnung, um sie hier zu behalten</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>{drawings} ({per_digit})</source>
        <translation>{drawings} ({per_digit})</translation>
    </message>
    <message>
        <source>Delete {drawings}? This cannot be undone.</source>
        <translation>{drawings} löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Saved {drawings} as {path}</source>
        <translation>{drawings} als {path} gespeichert</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>{files} gespeichert</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Zeichnungen</translation>
    </message>
    <message>
        <source>The drawings you labelled, each as its digit; select some to delete them</source>
        <translation>Deine beschrifteten Zeichnungen, jede als ihre Ziffer; wähle welche aus, um sie zu löschen</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Zeichnungen importieren</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>Zeichnungen exportieren</translation>
    </message>
    <message>
        <source>Export drawings as IDX files into</source>
        <translation>Zeichnungen als IDX-Dateien exportieren nach</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Imported {drawings}</source>
        <translation>{drawings} importiert</translation>
    </message>
    <message>
        <source>Wrong? Click the right digit or press its key to teach DigitLab.</source>
        <translation>Falsch? Klicke auf die richtige Ziffer oder drück ihre Taste, um es DigitLab beizubringen.</translation>
    </message>
    <message>
        <source>1 drawing</source>
        <translation>1 Zeichnung</translation>
    </message>
    <message>
        <source>{count} drawings</source>
        <translation>{count} Zeichnungen</translation>
    </message>
    <message>
        <source>Teaching needs a model that reads the digits 0–9.</source>
        <translation>Zum Beibringen braucht es ein Modell, das die Ziffern 0–9 liest.</translation>
    </message>
    <message>
        <source>Your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>Deine {label}er: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>{mine}.</source>
        <translation>{mine}.</translation>
    </message>
    <message>
        <source>{mine}; MNIST test {before} → {after}.</source>
        <translation>{mine}; MNIST-Test {before} → {after}.</translation>
    </message>
    <message>
        <source>your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>deine {label}er: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count}</source>
        <translation>Deine Zeichnungen: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count} ({classes})</source>
        <translation>Deine Zeichnungen: {before}/{count} → {after}/{count} ({classes})</translation>
    </message>
    <message>
        <source>My drawings…</source>
        <translation>Meine Zeichnungen…</translation>
    </message>
    <message>
        <source>Browse, delete, export and import the drawings you labelled</source>
        <translation>Deine beschrifteten Zeichnungen durchsehen, löschen, exportieren und importieren</translation>
    </message>
    <message>
        <source>Fine-tune the model to your labelled drawings, in the background</source>
        <translation>Das Modell im Hintergrund an deine beschrifteten Zeichnungen anpassen</translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation>Beib&amp;ringen</translation>
    </message>
    <message>
        <source>Keep the drawing as that digit (Teach)</source>
        <translation>Die Zeichnung als diese Ziffer behalten (Beibringen)</translation>
    </message>
    <message>
        <source>Cannot keep the drawing</source>
        <translation>Zeichnung kann nicht behalten werden</translation>
    </message>
    <message>
        <source>Kept as a {label} (read right) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Als {label} behalten (richtig gelesen) · {drawings}. Starte die Anpassung, um sie zu nutzen; „Rückgängig“ nimmt es zurück.</translation>
    </message>
    <message>
        <source>Kept as a {label} (DigitLab read {read_as}) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Als {label} behalten (DigitLab las {read_as}) · {drawings}. Starte die Anpassung, um sie zu nutzen; „Rückgängig“ nimmt es zurück.</translation>
    </message>
    <message>
        <source>Cannot adapt</source>
        <translation>Anpassung nicht möglich</translation>
    </message>
    <message>
        <source>A dropped picture has no pen strokes to keep: draw the digit to teach it.</source>
        <translation>Ein abgelegtes Bild hat keine Stiftstriche zum Behalten: Zeichne die Ziffer, um sie beizubringen.</translation>
    </message>
    <message>
        <source>Draw a digit first, then click its bar or press its key.</source>
        <translation>Zeichne zuerst eine Ziffer, klicke dann auf ihren Balken oder drück ihre Taste.</translation>
    </message>
    <message>
        <source>An adaptation is running already.</source>
        <translation>Es läuft bereits eine Anpassung.</translation>
    </message>
    <message>
        <source>This model has no file yet: save it from the Train panel, open it, and adapt that.</source>
        <translation>Dieses Modell hat noch keine Datei: Speichere es im Bereich „Trainieren“, öffne es und passe dann dieses an.</translation>
    </message>
    <message>
        <source>Label at least one drawing first: draw a digit, then click its bar.</source>
        <translation>Beschrifte zuerst mindestens eine Zeichnung: Zeichne eine Ziffer und klicke dann auf ihren Balken.</translation>
    </message>
    <message>
        <source>Cannot forget the drawing</source>
        <translation>Zeichnung kann nicht vergessen werden</translation>
    </message>
    <message>
        <source>Taken back: the {label} is no longer kept · {drawings}.</source>
        <translation>Zurückgenommen: Die {label} wird nicht mehr behalten · {drawings}.</translation>
    </message>
    <message>
        <source>My drawings ({count})…</source>
        <translation>Meine Zeichnungen ({count})…</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>MNIST digits (bundled)</source>
        <translation>MNIST-Ziffern (mitgeliefert)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (downloaded once)</source>
        <translation>Fashion-MNIST-Kleidung (einmal heruntergeladen)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (bundled)</source>
        <translation>Fashion-MNIST-Kleidung (mitgeliefert)</translation>
    </message>
    <message>
        <source>{name}: {train} training images, {test} test images, {classes} classes</source>
        <translation>{name}: {train} Trainingsbilder, {test} Testbilder, {classes} Klassen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The images and labels the network learns from; the test part is kept aside to judge it at the end.</source>
        <translation>Die Bilder und Labels, aus denen das Netz lernt; der Testteil wird beiseitegelegt, um es am Ende zu beurteilen.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Train on any folder holding the four MNIST-format IDX files (train/t10k images and labels).</source>
        <translation>Mit einem beliebigen Ordner trainieren, der die vier IDX-Dateien im MNIST-Format enthält (train/t10k, Bilder und Labels).</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>One training image of each class, as the network sees it.</source>
        <translation>Ein Trainingsbild jeder Klasse, so wie das Netz es sieht.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Ordner: {name}</translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation>Ordner mit IDX-Dateien</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>Laden fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}.</source>
        <translation>Epoche {epoch}: Trainingsverlust {loss}, Genauigkeit {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}; validation loss {val_loss}, accuracy {val_accuracy}.</source>
        <translation>Epoche {epoch}: Trainingsverlust {loss}, Genauigkeit {accuracy}; Validierungsverlust {val_loss}, Genauigkeit {val_accuracy}.</translation>
    </message>
    <message>
        <source>Learning curves as a table</source>
        <translation>Lernkurven als Tabelle</translation>
    </message>
    <message>
        <source>One row per epoch: the training and validation loss and accuracy the curves show.</source>
        <translation>Eine Zeile pro Epoche: Verlust und Genauigkeit für Training und Validierung, wie die Kurven sie zeigen.</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>The arrows step 1-2-5.</source>
        <translation>Die Pfeile gehen in Schritten 1-2-5.</translation>
    </message>
    <message>
        <source> {unit}</source>
        <translation> {unit}</translation>
    </message>
    <message>
        <source>{help} {note}</source>
        <translation>{help} {note}</translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by your lesson</source>
        <translation>{name}: fest auf {value}, festgelegt durch deine Lektion</translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by the policy of this computer</source>
        <translation>{name}: fest auf {value}, festgelegt durch die Richtlinien dieses Computers</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by your lesson</source>
        <translation>{name}: höchstens {value}, festgelegt durch deine Lektion</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by the policy of this computer</source>
        <translation>{name}: höchstens {value}, festgelegt durch die Richtlinien dieses Computers</translation>
    </message>
    <message>
        <source>{lock}. {tip}</source>
        <translation>{lock}. {tip}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>{setting}, hidden layer {layer}</source>
        <translation>{setting}, verborgene Schicht {layer}</translation>
    </message>
    <message>
        <source>The layers the network will have, each one&apos;s output size and its weights + biases: this is what training adjusts.</source>
        <translation>Die Schichten, die das Netz haben wird, mit der Ausgabegröße jeder Schicht und ihren Gewichten + Bias-Werten: Genau das passt das Training an.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>The hidden layers, from the input (top) to the output (bottom).</source>
        <translation>Die verborgenen Schichten, von der Eingabe (oben) bis zur Ausgabe (unten).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected one.</source>
        <translation>Eine verborgene Schicht nach der ausgewählten einfügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer.</source>
        <translation>Die ausgewählte verborgene Schicht entfernen.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the selected layer towards the input.</source>
        <translation>Die ausgewählte Schicht Richtung Eingabe verschieben.</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the selected layer towards the output.</source>
        <translation>Die ausgewählte Schicht Richtung Ausgabe verschieben.</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Initialisierer</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-Strafterm</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>28×28 → 784</source>
        <translation>28×28 → 784</translation>
    </message>
    <message>
        <source>output (softmax)</source>
        <translation>Ausgabe (Softmax)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>hidden {index} ({activation}, dropout {dropout})</source>
        <translation>verborgen {index} ({activation}, Dropout {dropout})</translation>
    </message>
    <message>
        <source>hidden {index} ({activation})</source>
        <translation>verborgen {index} ({activation})</translation>
    </message>
    <message>
        <source>your network</source>
        <translation>dein Netz</translation>
    </message>
    <message>
        <source>Cannot train: {error}</source>
        <translation>Training nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Loading {dataset}…</source>
        <translation>Datensatz {dataset} wird geladen…</translation>
    </message>
    <message>
        <source>Paused: training waits between two batches.</source>
        <translation>Pausiert: Das Training wartet zwischen zwei Batches.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>{preset} published</source>
        <translation>{preset} laut Quelle</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Build and train your own network</source>
        <translation>Bau und trainiere dein eigenes Netz</translation>
    </message>
    <message>
        <source>Set by your lesson from {preset}.</source>
        <translation>Von deiner Lektion gesetzt, ausgehend von der Vorlage {preset}.</translation>
    </message>
    <message>
        <source>Set by your lesson.</source>
        <translation>Von deiner Lektion gesetzt.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>Speichern gerade nicht möglich</translation>
    </message>
    <message>
        <source>Wait until training or the last save ends.</source>
        <translation>Warte, bis das Training oder das letzte Speichern fertig ist.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>{path} wird gespeichert…</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>A network is still training. Stop training and close? The network being trained is lost unless you saved it.</source>
        <translation>Ein Netz wird noch trainiert. Training abbrechen und schließen? Das Netz im Training geht verloren, wenn du es nicht gespeichert hast.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Train panel pages</source>
        <translation>Seiten des Trainingsbereichs</translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation>Ungültige Einstellungen</translation>
    </message>
    <message>
        <source>Training… the results appear here when it ends.</source>
        <translation>Training… Die Ergebnisse erscheinen hier, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Training: {epochs} epochs of {batches} batches of {size}.</source>
        <translation>Training: {epochs} Epochen mit je {batches} Batches zu {size}.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>{network} at epoch {epoch}</source>
        <translation>{network} in Epoche {epoch}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Saving failed; the trained model is still here, try another place.</source>
        <translation>Speichern fehlgeschlagen; das trainierte Modell ist noch da, versuch einen anderen Ort.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}.</source>
        <translation>Epoche {epoch} fertig: Trainingsgenauigkeit {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}, validation accuracy {validation}.</source>
        <translation>Epoche {epoch} fertig: Trainingsgenauigkeit {accuracy}, Validierungsgenauigkeit {validation}.</translation>
    </message>
    <message>
        <source>Could not load the dataset: {message}</source>
        <translation>Der Datensatz konnte nicht geladen werden: {message}</translation>
    </message>
    <message>
        <source>training (smoothed), faint: batches,</source>
        <translation>Training (geglättet), blass: Batches,</translation>
    </message>
    <message>
        <source>mean of the epoch</source>
        <translation>Mittel der Epoche</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>Loss is the cross-entropy: how unlikely the network found the right answers. Training loss falls as the network fits its training images; when validation loss stops falling while training loss goes on, the network has started to memorise (overfit).</source>
        <translation>Der Verlust ist die Kreuzentropie: wie unwahrscheinlich das Netz die richtigen Antworten fand. Der Trainingsverlust sinkt, während sich das Netz an seine Trainingsbilder anpasst; hört der Validierungsverlust auf zu sinken, während der Trainingsverlust weiter fällt, hat das Netz begonnen, auswendig zu lernen (Überanpassung).</translation>
    </message>
    <message>
        <source>Show the curves as a table</source>
        <translation>Die Kurven als Tabelle zeigen</translation>
    </message>
    <message>
        <source>One row per epoch instead of the curves: the figures a screen reader can read.</source>
        <translation>Eine Zeile pro Epoche statt der Kurven: die Zahlen, die ein Screenreader vorlesen kann.</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation>Genauigkeitskurve</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>{label} {accuracy}</source>
        <translation>{label} {accuracy}</translation>
    </message>
    <message>
        <source>No epoch finished yet.</source>
        <translation>Noch keine Epoche abgeschlossen.</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}.</source>
        <translation>Testgenauigkeit {accuracy}.</translation>
    </message>
    <message>
        <source>{name} ({dataset}, not published)</source>
        <translation>{name} ({dataset}, nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>{name} ({dataset}, {accuracy})</source>
        <translation>{name} ({dataset}, {accuracy})</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Recipes from tutorials, each with the test accuracy its source published, so you can reproduce it and then change one thing.</source>
        <translation>Rezepte aus Tutorials, jeweils mit der Testgenauigkeit, die ihre Quelle veröffentlicht hat – so kannst du sie nachvollziehen und dann eine Sache ändern.</translation>
    </message>
    <message>
        <source>{description} Source: {source}</source>
        <translation>{description} Quelle: {source}</translation>
    </message>
    <message>
        <source>Progress through the current epoch (one pass over the training images).</source>
        <translation>Fortschritt in der aktuellen Epoche (ein Durchgang durch alle Trainingsbilder).</translation>
    </message>
    <message>
        <source>Progress through the whole run: training images processed per second, time spent training (pauses excluded) and the estimated time left.</source>
        <translation>Fortschritt des ganzen Durchlaufs: verarbeitete Trainingsbilder pro Sekunde, Trainingszeit (ohne Pausen) und geschätzte Restzeit.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>{epoch} of {epochs}: {percent}</source>
        <translation>{epoch} von {epochs}: {percent}</translation>
    </message>
    <message>
        <source>{speed} images/s · {elapsed} elapsed · about {left} left</source>
        <translation>{speed} Bilder/s · {elapsed} vergangen · noch etwa {left}</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Stopped early.</source>
        <translation>Früh gestoppt.</translation>
    </message>
    <message>
        <source>Training diverged.</source>
        <translation>Training divergiert.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Training fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Test accuracy {test}</source>
        <translation>Testgenauigkeit {test}</translation>
    </message>
    <message>
        <source>Test accuracy {test} · drawn digits by new writers {drawn}</source>
        <translation>Testgenauigkeit {test} · gezeichnete Ziffern neuer Personen {drawn}</translation>
    </message>
    <message>
        <source>Confusion matrix: row = true class, column = the network&apos;s answer. Off-diagonal cells show which classes it mixes up.</source>
        <translation>Konfusionsmatrix: Zeile = tatsächliche Klasse, Spalte = Antwort des Netzes. Zellen außerhalb der Diagonale zeigen, welche Klassen es verwechselt.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>tatsächlich {name}</translation>
    </message>
    <message>
        <source>read as {name}</source>
        <translation>gelesen als {name}</translation>
    </message>
    <message>
        <source>True {true}, answered {answer}: {count} images ({share} of all {true})</source>
        <translation>Tatsächlich {true}, geantwortet {answer}: {count} Bilder ({share} aller {true})</translation>
    </message>
    <message>
        <source>Test accuracy: the dataset&apos;s test images. Drawn digits by new writers: digits drawn with a pen by six people no model is trained or tuned on, rendered as the canvas renders drawings; how well it will read yours.</source>
        <translation>Testgenauigkeit: die Testbilder des Datensatzes. Gezeichnete Ziffern neuer Personen: Ziffern, die sechs Menschen mit einem Stift gezeichnet haben und mit denen kein Modell trainiert oder abgestimmt wird, so gerendert, wie die Zeichenfläche Zeichnungen rendert; so gut wird es deine lesen.</translation>
    </message>
    <message>
        <source>Read the canvas with this network: draw and see how it does.</source>
        <translation>Die Zeichenfläche mit diesem Netz lesen: Zeichne und sieh, wie gut es ist.</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Write the network, its settings and scores to a .keras file you can open later.</source>
        <translation>Das Netz, seine Einstellungen und Ergebnisse in eine .keras-Datei schreiben, die du später öffnen kannst.</translation>
    </message>
    <message>
        <source>Test images the network got wrong, most confident first.</source>
        <translation>Testbilder, bei denen das Netz falsch lag, die sichersten zuerst.</translation>
    </message>
    <message>
        <source>Train a network to see how well it does here.</source>
        <translation>Trainiere ein Netz, um hier zu sehen, wie gut es ist.</translation>
    </message>
    <message>
        <source>No test scores: the run ended before training began.</source>
        <translation>Keine Testergebnisse: Der Durchlauf endete, bevor das Training begann.</translation>
    </message>
    <message>
        <source>In use ✓</source>
        <translation>Aktiv ✓</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: true class, columns: answer)</source>
        <translation>&lt;b&gt;Konfusionsmatrix&lt;/b&gt; (Zeilen: tatsächliche Klasse, Spalten: Antwort)</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · 1 epoch in {seconds} s</source>
        <translation>Testverlust {loss} auf {images} Bildern · 1 Epoche in {seconds} s</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · {epochs} epochs in {seconds} s</source>
        <translation>Testverlust {loss} auf {images} Bildern · {epochs} Epochen in {seconds} s</translation>
    </message>
    <message>
        <source>{difference} points</source>
        <translation>{difference} Prozentpunkte</translation>
    </message>
    <message>
        <source>{details} · published {published} ({difference})</source>
        <translation>{details} · veröffentlicht {published} ({difference})</translation>
    </message>
    <message>
        <source>{true} → {answer}</source>
        <translation>{true} → {answer}</translation>
    </message>
    <message>
        <source>{confidence} sure</source>
        <translation>zu {confidence} sicher</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistakes&lt;/b&gt; (true class → answer): {wrong} of {total} test images wrong; the {shown} it was surest about:</source>
        <translation>&lt;b&gt;Fehler&lt;/b&gt; (tatsächliche Klasse → Antwort): {wrong} von {total} Testbildern falsch; die {shown}, bei denen es am sichersten war:</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Build the network and train it on the chosen data.</source>
        <translation>Das Netz bauen und mit den gewählten Daten trainieren.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold training between two batches; resume any time.</source>
        <translation>Das Training zwischen zwei Batches anhalten; jederzeit fortsetzbar.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>End training now and keep the weights learned so far.</source>
        <translation>Das Training jetzt beenden und die bisher gelernten Gewichte behalten.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start from a preset, or set up your own network below.</source>
        <translation>Starte mit einer Vorlage oder stell unten dein eigenes Netz zusammen.</translation>
    </message>
    <message>
        <source>Preset: {preset} — {description}</source>
        <translation>Vorlage: {preset} — {description}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>% of training images</source>
        <translation>% der Trainingsbilder</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Give the held-back validation set as a percentage or as a number of images.</source>
        <translation>Gib die zurückgehaltenen Validierungsdaten als Prozentsatz oder als Anzahl Bilder an.</translation>
    </message>
    <message>
        <source>Validation unit</source>
        <translation>Validierungseinheit</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Add pen-drawn digits</source>
        <translation>Gezeichnete Ziffern hinzufügen</translation>
    </message>
    <message>
        <source>Distort training digits</source>
        <translation>Trainingsziffern verzerren</translation>
    </message>
    <message>
        <source>Pen-drawn digits need a dataset of the digits 0–9.</source>
        <translation>Gezeichnete Ziffern brauchen einen Datensatz der Ziffern 0–9.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation>Abfallfaktor</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Frühes Stoppen</translation>
    </message>
    <message>
        <source>Drawn digits</source>
        <translation>Gezeichnete Ziffern</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>This copy of DigitLab runs from source, so it has no {file}: installers generate it when they are built (packaging/notices.py). DigitLab itself is MIT licensed; each library it uses carries its own licence in your Python environment.</source>
        <translation>Diese Kopie von DigitLab läuft aus dem Quellcode, daher fehlt ihr {file}: Installationsprogramme erzeugen die Datei, wenn sie gebaut werden (packaging/notices.py). DigitLab selbst steht unter der MIT-Lizenz; jede verwendete Bibliothek bringt ihre eigene Lizenz in deiner Python-Umgebung mit.</translation>
    </message>
    <message>
        <source>Draw a digit and watch a multilayer perceptron read it live.</source>
        <translation>Zeichne eine Ziffer und sieh zu, wie ein mehrschichtiges Perzeptron sie live liest.</translation>
    </message>
    <message>
        <source>Active model trained with {libraries}</source>
        <translation>Aktives Modell, trainiert mit {libraries}</translation>
    </message>
    <message>
        <source>About DigitLab</source>
        <translation>Über DigitLab</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Lizenzen…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation>Bild kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <source>The guide is the README.md of DigitLab&apos;s source; this installation does not carry a copy.</source>
        <translation>Die Anleitung ist die README.md im Quellcode von DigitLab; diese Installation enthält keine Kopie davon.</translation>
    </message>
    <message>
        <source>DigitLab guide</source>
        <translation>DigitLab-Anleitung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Open a model to read digits (File ▸ Open model…)</source>
        <translation>Öffne ein Modell, um Ziffern zu lesen (Datei ▸ Modell öffnen…)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>Modell kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The model used last, {last}, is gone or unreadable: reading with {default}.</source>
        <translation>Das zuletzt verwendete Modell {last} fehlt oder ist nicht lesbar: Es wird mit {default} gelesen.</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>This network is still training: save it when the run ends.</source>
        <translation>Dieses Netz trainiert noch: Speichere es, wenn der Durchlauf endet.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>Speichern gerade nicht möglich</translation>
    </message>
    <message>
        <source>Wait until the last save ends.</source>
        <translation>Warte, bis das letzte Speichern fertig ist.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>{path} wird gespeichert…</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Read digits with a saved Keras model</source>
        <translation>Ziffern mit einem gespeicherten Keras-Modell lesen</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>B&amp;ild öffnen…</translation>
    </message>
    <message>
        <source>Put a picture of a digit on the canvas for the network to read</source>
        <translation>Ein Bild einer Ziffer auf die Zeichenfläche legen, damit das Netz es liest</translation>
    </message>
    <message>
        <source>&amp;Draw a sample digit</source>
        <translation>Beispiel&amp;ziffer zeichnen</translation>
    </message>
    <message>
        <source>Put a digit a person drew on the canvas for the network to read</source>
        <translation>Eine von einem Menschen gezeichnete Ziffer auf die Zeichenfläche legen, damit das Netz sie liest</translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation>Modell speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Keep a copy of the model in use</source>
        <translation>Eine Kopie des verwendeten Modells speichern</translation>
    </message>
    <message>
        <source>Back to the previous model</source>
        <translation>Zurück zum vorigen Modell</translation>
    </message>
    <message>
        <source>Read with the model used before this one</source>
        <translation>Mit dem Modell lesen, das vor diesem verwendet wurde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Den letzten Strich zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Die Zeichenfläche leeren</translation>
    </message>
    <message>
        <source>DigitLab &amp;guide</source>
        <translation>DigitLab-&amp;Anleitung</translation>
    </message>
    <message>
        <source>How to draw, train, look inside and teach</source>
        <translation>Wie du zeichnest, trainierst, hineinschaust und beibringst</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key DigitLab answers to</source>
        <translation>Alle Tasten, auf die DigitLab reagiert</translation>
    </message>
    <message>
        <source>&amp;About DigitLab</source>
        <translation>&amp;Über DigitLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stift</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Stiftbreite</translation>
    </message>
    <message>
        <source>Pen width (the digit is scaled to MNIST&apos;s size, so this sets how bold the stroke looks to the network)</source>
        <translation>Stiftbreite (die Ziffer wird auf die MNIST-Größe skaliert, daher bestimmt sie, wie kräftig der Strich für das Netz aussieht)</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Zurück zu {name}</translation>
    </message>
    <message>
        <source>The canvas is now read by {name}: draw a digit to try it.</source>
        <translation>Die Zeichenfläche wird jetzt von {name} gelesen: Zeichne eine Ziffer, um es auszuprobieren.</translation>
    </message>
    <message>
        <source>Could not open {path}: {error}</source>
        <translation>{path} konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>DigitLab — {name}</source>
        <translation>DigitLab — {name}</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <source>A {digit} drawn by a writer DigitLab never trained on</source>
        <translation>Die Ziffer {digit}, gezeichnet von einer Person, mit der DigitLab nie trainiert hat</translation>
    </message>
</context>
</TS>
