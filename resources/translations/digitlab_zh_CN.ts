<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Active</name>
    <message>
        <source>test accuracy {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn digits by new writers {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window follows the system&apos;s language: {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s colours; high contrast when the platform asks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While training runs, the canvas reads your drawing with the newest weights (twice a second), and the Weights tab shows them: draw a digit and watch the answer sharpen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: the model&apos;s outputs are not numbers (its weights have diverged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer}, {percent} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit here
or drop an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop or open an image. Clear wipes it, Undo takes back the last stroke. The answer is read out after each stroke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop an image here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing Qt could decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read this image: expected a picture in {source}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 28×28 image the network reads: your drawing cropped, scaled into a 20-pixel box and centred by its centre of mass, as MNIST digits are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Draw a digit to look inside the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: the network&apos;s values are not numbers (its weights diverged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One square per unit (neuron), always in the same place: red when it fires for your drawing, the stronger the redder; white when silent, blue below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red ink raises the network&apos;s score for “{name}”, blue ink lowers it: each pixel&apos;s ink times how strongly the score reacts to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest units of {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of the {count} units of {layer} that fire most, laid out like the image, with your drawing shaded over them: each adds up the ink on its red weights and takes away the ink on its blue ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}, unit {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires {value} and supports “{name}” most. Ink on its red pixels excites it, ink on blue ones holds it back. Point at any unit to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens inside the network as it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the units of the first layer look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to see its first layer&apos;s weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model&apos;s first layer does not read the 28×28 pixels directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the {units} units of {layer} as its 784 weights, laid out like the image: ink on red weights excites the unit, ink on blue ones inhibits it (each image scaled to its own strongest weight). Train with “{option}” to see them grow from noise into strokes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a unit to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large each weight image is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the first layer&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {unit}: {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A question to think about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step, ticked once DigitLab sees you have done it; choose one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ All lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out this step for you, in the part of DigitLab it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}, done: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}, to do: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitLab lessons ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That part of DigitLab is not available here (hidden by the policy of this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lesson with its length and the steps done; Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided lessons: train, compare, look inside, teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided lessons, one step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson file ({suffix}) a teacher shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {done}/{steps} done
{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a lesson. Each is a few short steps; DigitLab ticks a step when you have done it, and remembers where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons cannot read your history: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Keeping the adapted network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons in this layer: more can learn finer patterns, but cost more time and overfit more easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The non-linearity each neuron applies to its weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of this layer&apos;s outputs switched off at random in each training step, so the network cannot rely on any single neuron (less overfitting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the starting weights are drawn: Glorot suits tanh/sigmoid, He suits ReLU; a poor choice makes deep nets start slowly or diverge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss: keeps weights small, which smooths the decision boundary and reduces overfitting (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels 0…1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardized (mean 0, std 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees: pixels in 0…1, or standardized to mean 0 and standard deviation 1 (helps SGD with tanh layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs of the softmax layer, one per class: the dataset decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke width) so the network learns digits as people really draw them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest move of a digit up, down or sideways: people seldom draw in the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest tilt either way: handwriting leans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest change of size, as a fraction (0.12 = up to 12% larger or smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest slant, as columns shifted per row: upright and italic writers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the elastic distortion bends strokes, like an unsteady hand (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How smooth that bending is: small values wobble, large ones bend whole strokes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of images whose stroke is made a pixel thicker or thinner, like another pen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1, hooked 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates: SGD takes plain steps, Adam and RMSprop adapt the step size for each weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step each update takes: too small learns slowly, too large overshoots and the loss explodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a running direction of past updates so SGD rolls through small bumps and noise (0 = none; 0.9 is typical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum looks ahead along the running direction before computing the gradient, which usually converges a little faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine decay to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponential decay per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate changes during training: big steps early and smaller ones later often end at a better minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by after every epoch (exponential schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per weight update: small batches give noisy but frequent updates, large batches smooth but fewer updates per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times training goes through the whole training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training images held back to check the network on data it does not learn from (a fraction up to half, or a number of images): when validation loss rises while training loss falls, it overfits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds the random start weights, shuffling and dropout, so the same settings give the same run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs and keep the best weights (0 = off: train every epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also train on digits drawn with a pen by 24 writers, each re-rendered as on the canvas at a random place, size, pen width and slant: it teaches the network how people draw rather than how MNIST was scanned. Digit datasets only; six more writers are never trained on, to measure with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random renderings of each pen-drawn digit added to the training images (about 6,000 digits each time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF.js layers model (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteRT (TensorFlow Lite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (one file, offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Tech tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Tech, &apos;Building an MLP with Keras&apos; (test accuracy 96.27%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Géron ch.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras mnist_mlp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keras/examples/mnist_mlp.py (test accuracy 98.40%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitLab best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>768-768 ReLU with dropout, Adam with cosine decay, trained on MNIST and on pen-drawn digits by 24 writers, distorted afresh each batch (shift, rotation, scale, shear, elastic, stroke thickness, flagged 1s and hooked 9s), so it reads digits as people draw them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitLab (bench/accuracy.py measures it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring your drawings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the trained network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before training began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating on the test set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading digits drawn by new writers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; {percent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>No runs selected: select runs in the table to compare their curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {label}: no epoch recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {label}: after epoch {epoch} of {epochs}, loss {loss}, accuracy {accuracy}, validation loss {val_loss}, validation accuracy {val_accuracy}; test accuracy {test}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per epoch of each selected run: loss and accuracy on the training and validation images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>━━ training &amp;nbsp;&amp;nbsp; ╍╍ validation &amp;nbsp;&amp;nbsp; ★ test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select runs in the table to compare their curves&lt;br&gt;(Ctrl- or Shift-click for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every epoch&apos;s loss and accuracy of the selected runs instead of the plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy curves of the selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more selected: at most {most} are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s number, as &apos;digitlab runs show ID&apos; knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the run started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer sizes from input to output, and the hidden layers&apos; activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on the test images, never trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on digits drawn by writers the network never saw (digit datasets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time, pauses left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never ended (the program was closed or killed while it trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its record in the history is damaged ({damage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation {id}, {network} on {dataset}: {ended}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id}, {network} on {dataset}: {ended}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test score on {count} images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per training run, newest first. Select rows to draw their curves below; Shift or Ctrl with the arrow keys and Space selects several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this run&apos;s network, training settings and dataset on the Setup page, to train it again or vary it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the canvas with the model this run saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected run&apos;s curves as CSV, or the plots as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected runs (their saved models stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of run {id} cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of run #{id} ({network}, test {accuracy}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run in progress is recorded until it ends; delete it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the curves of run {id} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plots to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget run {numbers}? Saved model files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget {count} runs ({numbers})? Saved model files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted 1 run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {count} runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Live weights have no file yet: export the network when its run ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {format} to {path} ({size} MB); on {images} MNIST test images it gives the app&apos;s top class {same} of the time, probabilities within {difference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the last export ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {name} as {format} to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the model in use as {format}, checked against DigitLab&apos;s own answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {format} into a new folder in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teach</name>
    <message>
        <source>Adapting: epoch {epoch} of {epochs}, about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapting failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapting {model} to your {drawings}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result}
{ending} Now reading with {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {label}, kept {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected drawings ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drawings from a JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all drawings as JSON Lines (strokes and labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export IDX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all drawings as MNIST-style IDX images and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drawings}; label one to keep it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drawings} ({per_digit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {drawings}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {drawings} as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawings you labelled, each as its digit; select some to delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export drawings as IDX files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {drawings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong? Click the right digit or press its key to teach DigitLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching needs a model that reads the digits 0–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {label}s: {before}/{count} → {after}/{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mine}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mine}; MNIST test {before} → {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your {label}s: {before}/{count} → {after}/{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count} ({classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drawings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, delete, export and import the drawings you labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune the model to your labelled drawings, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the drawing as that digit (Teach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a {label} (read right) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a {label} (DigitLab read {read_as}) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dropped picture has no pen strokes to keep: draw the digit to teach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit first, then click its bar or press its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adaptation is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no file yet: save it from the Train panel, open it, and adapt that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label at least one drawing first: draw a digit, then click its bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot forget the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: the {label} is no longer kept · {drawings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drawings ({count})…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>MNIST digits (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (downloaded once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {train} training images, {test} test images, {classes} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images and labels the network learns from; the test part is kept aside to judge it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on any folder holding the four MNIST-format IDX files (train/t10k images and labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training image of each class, as the network sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}; validation loss {val_loss}, accuracy {val_accuracy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning curves as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per epoch: the training and validation loss and accuracy the curves show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrows step 1-2-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{help} {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by your lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by the policy of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by your lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by the policy of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lock}. {tip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}, hidden layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers the network will have, each one&apos;s output size and its weights + biases: this is what training adjusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden layers, from the input (top) to the output (bottom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer towards the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer towards the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28×28 → 784</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output (softmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden {index} ({activation}, dropout {dropout})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden {index} ({activation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {dataset}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: training waits between two batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset} published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and train your own network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your lesson from {preset}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until training or the last save ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network is still training. Stop training and close? The network being trained is lost unless you saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train panel pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training… the results appear here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: {epochs} epochs of {batches} batches of {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} at epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed; the trained model is still here, try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}, validation accuracy {validation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the dataset: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training (smoothed), faint: batches,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss is the cross-entropy: how unlikely the network found the right answers. Training loss falls as the network fits its training images; when validation loss stops falling while training loss goes on, the network has started to memorise (overfit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the curves as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per epoch instead of the curves: the figures a screen reader can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No epoch finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({dataset}, not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({dataset}, {accuracy})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes from tutorials, each with the test accuracy its source published, so you can reproduce it and then change one thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description} Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the current epoch (one pass over the training images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the whole run: training images processed per second, time spent training (pauses excluded) and the estimated time left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{epoch} of {epochs}: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} images/s · {elapsed} elapsed · about {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy {test}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy {test} · drawn digits by new writers {drawn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix: row = true class, column = the network&apos;s answer. Off-diagonal cells show which classes it mixes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True {true}, answered {answer}: {count} images ({share} of all {true})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy: the dataset&apos;s test images. Drawn digits by new writers: digits drawn with a pen by six people no model is trained or tuned on, rendered as the canvas renders drawings; how well it will read yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the canvas with this network: draw and see how it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the network, its settings and scores to a .keras file you can open later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test images the network got wrong, most confident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a network to see how well it does here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test scores: the run ended before training began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: true class, columns: answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · {epochs} epochs in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{details} · published {published} ({difference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{true} → {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{confidence} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistakes&lt;/b&gt; (true class → answer): {wrong} of {total} test images wrong; the {shown} it was surest about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the network and train it on the chosen data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold training between two batches; resume any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End training now and keep the weights learned so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset, or set up your own network below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: {preset} — {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the held-back validation set as a percentage or as a number of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pen-drawn digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distort training digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>This copy of DigitLab runs from source, so it has no {file}: installers generate it when they are built (packaging/notices.py). DigitLab itself is MIT licensed; each library it uses carries its own licence in your Python environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit and watch a multilayer perceptron read it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active model trained with {libraries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DigitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is the README.md of DigitLab&apos;s source; this installation does not carry a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitLab guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to read digits (File ▸ Open model…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model used last, {last}, is gone or unreadable: reading with {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network is still training: save it when the run ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the last save ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read digits with a saved Keras model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a picture of a digit on the canvas for the network to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw a sample digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a digit a person drew on the canvas for the network to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the model in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with the model used before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitLab &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to draw, train, look inside and teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key DigitLab answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DigitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width (the digit is scaled to MNIST&apos;s size, so this sets how bold the stroke looks to the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas is now read by {name}: draw a digit to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitLab — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {digit} drawn by a writer DigitLab never trained on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
