<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Active</name>
    <message>
        <source>test accuracy {value}</source>
        <translation>exactitud de prueba {value}</translation>
    </message>
    <message>
        <source>drawn digits by new writers {value}</source>
        <translation>dígitos dibujados por autores nuevos {value}</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen</source>
        <translation>entrenado con {dataset} + lápiz</translation>
    </message>
    <message>
        <source>trained on {dataset} + scans</source>
        <translation>entrenado con {dataset} + escaneos</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen + scans</source>
        <translation>entrenado con {dataset} + lápiz + escaneos</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>trained on {dataset}</source>
        <translation>entrenado con el conjunto de datos {dataset}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Archivos de modelo</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The window follows the system&apos;s language: {language}.</source>
        <translation>La ventana sigue el idioma del sistema: {language}.</translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>La ventana ahora está en {language}.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitud (%)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>The platform&apos;s colours; high contrast when the platform asks for it</source>
        <translation>Los colores de la plataforma; alto contraste cuando la plataforma lo pide</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Mira cómo aprende</translation>
    </message>
    <message>
        <source>While training runs, the canvas reads your drawing with the newest weights (twice a second), and the Weights tab shows them: draw a digit and watch the answer sharpen.</source>
        <translation>Mientras se ejecuta el entrenamiento, el lienzo lee tu dibujo con los pesos más recientes (dos veces por segundo) y la pestaña Pesos los muestra: dibuja un dígito y mira cómo la respuesta se vuelve más nítida.</translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <source>No answer: the model&apos;s outputs are not numbers (its weights have diverged)</source>
        <translation>Sin respuesta: las salidas del modelo no son números (sus pesos han divergido)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Cero</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Tres</translation>
    </message>
    <message>
        <source>Four</source>
        <translation>Cuatro</translation>
    </message>
    <message>
        <source>Five</source>
        <translation>Cinco</translation>
    </message>
    <message>
        <source>Six</source>
        <translation>Seis</translation>
    </message>
    <message>
        <source>Seven</source>
        <translation>Siete</translation>
    </message>
    <message>
        <source>Eight</source>
        <translation>Ocho</translation>
    </message>
    <message>
        <source>Nine</source>
        <translation>Nueve</translation>
    </message>
    <message>
        <source>{answer}, {percent} sure</source>
        <translation>{answer}, {percent} de seguridad</translation>
    </message>
    <message>
        <source>Draw a digit here
or drop an image</source>
        <translation>Dibuja un dígito aquí
o suelta una imagen</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Lienzo de dibujo</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop or open an image. Clear wipes it, Undo takes back the last stroke. The answer is read out after each stroke.</source>
        <translation>Dibuja un dígito con el ratón, un lápiz o un dedo, o suelta o abre una imagen. Borrar lo limpia y Deshacer quita el último trazo. La respuesta se lee en voz alta después de cada trazo.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop an image here</source>
        <translation>Dibuja un dígito con el ratón, un lápiz o un dedo, o suelta aquí una imagen</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>la imagen soltada</translation>
    </message>
    <message>
        <source>nothing Qt could decode</source>
        <translation>nada que Qt pueda decodificar</translation>
    </message>
    <message>
        <source>cannot read this image: expected a picture in {source}, found {found}</source>
        <translation>no se puede leer esta imagen: se esperaba una imagen en {source}, pero se encontró {found}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>The 28×28 image the network reads: your drawing cropped, scaled into a 20-pixel box and centred by its centre of mass, as MNIST digits are</source>
        <translation>La imagen de 28×28 que lee la red: tu dibujo recortado, escalado a un cuadro de 20 píxeles y centrado por su centro de masa, como los dígitos de MNIST</translation>
    </message>
    <message>
        <source>Network input</source>
        <translation>Entrada de la red</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>{percent} de seguridad</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
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
        <translation>Dibuja un dígito para mirar dentro de la red.</translation>
    </message>
    <message>
        <source>Nothing to show: the network&apos;s values are not numbers (its weights diverged).</source>
        <translation>Nada que mostrar: los valores de la red no son números (sus pesos divergieron).</translation>
    </message>
    <message>
        <source>One square per unit (neuron), always in the same place: red when it fires for your drawing, the stronger the redder; white when silent, blue below zero.</source>
        <translation>Un cuadrado por unidad (neurona), siempre en el mismo sitio: rojo cuando se activa con tu dibujo, más rojo cuanto más fuerte; blanco cuando está en silencio, azul por debajo de cero.</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Dentro de la red</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>¿Qué estoy viendo?</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unidades</translation>
    </message>
    <message>
        <source>Why “{name}”?</source>
        <translation>¿Por qué “{name}”?</translation>
    </message>
    <message>
        <source>Red ink raises the network&apos;s score for “{name}”, blue ink lowers it: each pixel&apos;s ink times how strongly the score reacts to it.</source>
        <translation>La tinta roja sube la puntuación de la red para “{name}” y la azul la baja: la tinta de cada píxel multiplicada por lo fuerte que reacciona a ella la puntuación.</translation>
    </message>
    <message>
        <source>Strongest units of {layer}</source>
        <translation>Unidades más activas de la capa {layer}</translation>
    </message>
    <message>
        <source>The weights of the {count} units of {layer} that fire most, laid out like the image, with your drawing shaded over them: each adds up the ink on its red weights and takes away the ink on its blue ones.</source>
        <translation>Los pesos de las {count} unidades de la capa {layer} que más se activan, dispuestos como la imagen, con tu dibujo sombreado encima: cada una suma la tinta sobre sus pesos rojos y resta la tinta sobre los azules.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}</source>
        <translation>Capa {layer}, unidad {unit}</translation>
    </message>
    <message>
        <source>Fires {value} and supports “{name}” most. Ink on its red pixels excites it, ink on blue ones holds it back. Point at any unit to see it here.</source>
        <translation>Su activación es {value} y favorece sobre todo a “{name}”. La tinta sobre sus píxeles rojos la excita y la tinta sobre los azules la frena. Señala cualquier unidad para verla aquí.</translation>
    </message>
    <message>
        <source>Views of the answer</source>
        <translation>Vistas de la respuesta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>What the network answers</source>
        <translation>Lo que responde la red</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Por dentro</translation>
    </message>
    <message>
        <source>What happens inside the network as it reads</source>
        <translation>Lo que pasa dentro de la red mientras lee</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>What the units of the first layer look for</source>
        <translation>Lo que buscan las unidades de la primera capa</translation>
    </message>
    <message>
        <source>Open a model to see its first layer&apos;s weights.</source>
        <translation>Abre un modelo para ver los pesos de su primera capa.</translation>
    </message>
    <message>
        <source>This model&apos;s first layer does not read the 28×28 pixels directly.</source>
        <translation>La primera capa de este modelo no lee directamente los píxeles de 28×28.</translation>
    </message>
    <message>
        <source>Each of the {units} units of {layer} as its 784 weights, laid out like the image: ink on red weights excites the unit, ink on blue ones inhibits it (each image scaled to its own strongest weight). Train with “{option}” to see them grow from noise into strokes.</source>
        <translation>Cada una de las {units} unidades de la capa {layer} como sus 784 pesos, dispuestos como la imagen: la tinta sobre pesos rojos excita la unidad y la tinta sobre los azules la inhibe (cada imagen se escala a su propio peso más fuerte). Entrena con “{option}” para ver cómo pasan de ruido a trazos.</translation>
    </message>
    <message>
        <source>Point at a unit to read it.</source>
        <translation>Señala una unidad para leerla.</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Pesos de la primera capa</translation>
    </message>
    <message>
        <source>How large each weight image is drawn</source>
        <translation>Tamaño con el que se dibuja cada imagen de pesos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Weights of the first layer&apos;s units</source>
        <translation>Pesos de las unidades de la primera capa</translation>
    </message>
    <message>
        <source>Unit {unit}: {low} to {high}</source>
        <translation>Unidad {unit}: de {low} a {high}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A question to think about</source>
        <translation>Una pregunta para pensar</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Pasos de la lección</translation>
    </message>
    <message>
        <source>Each step, ticked once DigitLab sees you have done it; choose one to read it.</source>
        <translation>Cada paso, marcado cuando DigitLab ve que lo has hecho; elige uno para leerlo.</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texto del paso</translation>
    </message>
    <message>
        <source>◂ All lessons</source>
        <translation>◂ Todas las lecciones</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Atrás</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Hazlo</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Siguiente ▸</translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>Todas las lecciones</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Carry out this step for you, in the part of DigitLab it is about.</source>
        <translation>Hace este paso por ti, en la parte de DigitLab de la que trata.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · about {minutes} min</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · unos {minutes} min</translation>
    </message>
    <message>
        <source>Step {number}, done: {title}</source>
        <translation>Paso {number}, hecho: {title}</translation>
    </message>
    <message>
        <source>Step {number}, to do: {title}</source>
        <translation>Paso {number}, pendiente: {title}</translation>
    </message>
    <message>
        <source>DigitLab lessons ({patterns})</source>
        <translation>Lecciones de DigitLab ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>That part of DigitLab is not available here (hidden by the policy of this computer).</source>
        <translation>Esa parte de DigitLab no está disponible aquí (la oculta la directiva de este equipo).</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Each lesson with its length and the steps done; Enter opens it.</source>
        <translation>Cada lección con su duración y los pasos hechos; Enter la abre.</translation>
    </message>
    <message>
        <source>Guided lessons: train, compare, look inside, teach</source>
        <translation>Lecciones guiadas: entrenar, comparar, mirar dentro, enseñar</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Guided lessons, one step at a time</source>
        <translation>Lecciones guiadas, paso a paso</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Abrir &amp;lección…</translation>
    </message>
    <message>
        <source>Open a lesson file ({suffix}) a teacher shared</source>
        <translation>Abre un archivo de lección ({suffix}) que compartió un docente</translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {done}/{steps} done
{summary}</source>
        <translation>{title}  ·  {minutes} min  ·  {done}/{steps} hechos
{summary}</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Pick a lesson. Each is a few short steps; DigitLab ticks a step when you have done it, and remembers where you were.</source>
        <translation>Elige una lección. Cada una tiene unos pocos pasos cortos; DigitLab marca un paso cuando lo has hecho y recuerda dónde te quedaste.</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Abrir un archivo de lección…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lessons cannot read your history: {error}</source>
        <translation>Las lecciones no pueden leer tu historial: {error}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>{ending} Not recorded in the run history: {problem}</source>
        <translation>{ending} No se guardó en el historial de ejecuciones: {problem}</translation>
    </message>
    <message>
        <source>Keeping the adapted network…</source>
        <translation>Guardando la red adaptada…</translation>
    </message>
    <message>
        <source>Neurons in this layer: more can learn finer patterns, but cost more time and overfit more easily.</source>
        <translation>Neuronas de esta capa: más neuronas pueden aprender patrones más finos, pero cuestan más tiempo y se sobreajustan con más facilidad.</translation>
    </message>
    <message>
        <source>The non-linearity each neuron applies to its weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation>La no linealidad que cada neurona aplica a su suma ponderada; sin ella, las capas apiladas se reducen a una sola aplicación lineal.</translation>
    </message>
    <message>
        <source>Fraction of this layer&apos;s outputs switched off at random in each training step, so the network cannot rely on any single neuron (less overfitting).</source>
        <translation>Fracción de las salidas de esta capa que se apagan al azar en cada paso de entrenamiento, para que la red no dependa de ninguna neurona concreta (menos sobreajuste).</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: Glorot suits tanh/sigmoid, He suits ReLU; a poor choice makes deep nets start slowly or diverge.</source>
        <translation>Cómo se generan los pesos iniciales: Glorot va bien con tanh/sigmoid y He con ReLU; una mala elección hace que las redes profundas empiecen despacio o diverjan.</translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss: keeps weights small, which smooths the decision boundary and reduces overfitting (0 = off).</source>
        <translation>Penalización de los pesos grandes que se suma a la pérdida: mantiene los pesos pequeños, lo que suaviza la frontera de decisión y reduce el sobreajuste (0 = desactivada).</translation>
    </message>
    <message>
        <source>pixels 0…1</source>
        <translation>píxeles 0…1</translation>
    </message>
    <message>
        <source>standardized (mean 0, std 1)</source>
        <translation>estandarizados (media 0, desv. est. 1)</translation>
    </message>
    <message>
        <source>What the network sees: pixels in 0…1, or standardized to mean 0 and standard deviation 1 (helps SGD with tanh layers).</source>
        <translation>Lo que ve la red: píxeles en 0…1, o estandarizados a media 0 y desviación estándar 1 (ayuda a SGD con capas tanh).</translation>
    </message>
    <message>
        <source>Outputs of the softmax layer, one per class: the dataset decides it.</source>
        <translation>Salidas de la capa softmax, una por clase: las fija el conjunto de datos.</translation>
    </message>
    <message>
        <source>Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke width) so the network learns digits as people really draw them.</source>
        <translation>Deformar de nuevo cada lote de entrenamiento (desplazar, rotar, escalar, cizallar, curvar, grosor del trazo) para que la red aprenda los dígitos como la gente los dibuja de verdad.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <source>Largest move of a digit up, down or sideways: people seldom draw in the centre.</source>
        <translation>Mayor desplazamiento de un dígito hacia arriba, abajo o a los lados: la gente rara vez dibuja en el centro.</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>grados</translation>
    </message>
    <message>
        <source>Largest tilt either way: handwriting leans.</source>
        <translation>Mayor giro hacia cualquier lado: la escritura a mano se inclina.</translation>
    </message>
    <message>
        <source>Largest change of size, as a fraction (0.12 = up to 12% larger or smaller).</source>
        <translation>Mayor cambio de tamaño, como fracción (0,12 = hasta un 12&#xa0;% más grande o más pequeño).</translation>
    </message>
    <message>
        <source>Largest slant, as columns shifted per row: upright and italic writers differ.</source>
        <translation>Mayor inclinación, en columnas desplazadas por fila: la letra recta y la cursiva son distintas.</translation>
    </message>
    <message>
        <source>How far the elastic distortion bends strokes, like an unsteady hand (0 = none).</source>
        <translation>Cuánto curva los trazos la deformación elástica, como una mano temblorosa (0 = nada).</translation>
    </message>
    <message>
        <source>How smooth that bending is: small values wobble, large ones bend whole strokes.</source>
        <translation>Suavidad de esa curvatura: los valores pequeños hacen temblar el trazo; los grandes curvan trazos enteros.</translation>
    </message>
    <message>
        <source>Share of images whose stroke is made a pixel thicker or thinner, like another pen.</source>
        <translation>Proporción de imágenes cuyo trazo se hace un píxel más grueso o más fino, como con otro lápiz.</translation>
    </message>
    <message>
        <source>Chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1, hooked 9).</source>
        <translation>Probabilidad de que un 1 o un 9 se muestre con el estilo que falta en MNIST (1 con pico, 9 con gancho).</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates: SGD takes plain steps, Adam and RMSprop adapt the step size for each weight.</source>
        <translation>La regla que convierte los gradientes en actualizaciones de pesos: SGD da pasos simples; Adam y RMSprop adaptan el tamaño del paso para cada peso.</translation>
    </message>
    <message>
        <source>How big a step each update takes: too small learns slowly, too large overshoots and the loss explodes.</source>
        <translation>Qué tamaño de paso da cada actualización: si es muy pequeño, aprende despacio; si es muy grande, se pasa de largo y la pérdida se dispara.</translation>
    </message>
    <message>
        <source>Keeps a running direction of past updates so SGD rolls through small bumps and noise (0 = none; 0.9 is typical).</source>
        <translation>Mantiene una dirección acumulada de las actualizaciones anteriores para que SGD ruede sobre pequeños baches y ruido (0 = nada; 0,9 es lo habitual).</translation>
    </message>
    <message>
        <source>Nesterov momentum looks ahead along the running direction before computing the gradient, which usually converges a little faster.</source>
        <translation>El momentum de Nesterov mira hacia delante en la dirección acumulada antes de calcular el gradiente, lo que suele converger algo más rápido.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>cosine decay to 0</source>
        <translation>decaimiento coseno hasta 0</translation>
    </message>
    <message>
        <source>exponential decay per epoch</source>
        <translation>decaimiento exponencial por época</translation>
    </message>
    <message>
        <source>How the learning rate changes during training: big steps early and smaller ones later often end at a better minimum.</source>
        <translation>Cómo cambia la tasa de aprendizaje durante el entrenamiento: pasos grandes al principio y más pequeños después suelen acabar en un mínimo mejor.</translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by after every epoch (exponential schedule).</source>
        <translation>Factor por el que se multiplica la tasa de aprendizaje después de cada época (programación exponencial).</translation>
    </message>
    <message>
        <source>Images per weight update: small batches give noisy but frequent updates, large batches smooth but fewer updates per epoch.</source>
        <translation>Imágenes por actualización de pesos: los lotes pequeños dan actualizaciones ruidosas pero frecuentes; los lotes grandes, actualizaciones suaves pero menos por época.</translation>
    </message>
    <message>
        <source>How many times training goes through the whole training set.</source>
        <translation>Cuántas veces recorre el entrenamiento todo el conjunto de entrenamiento.</translation>
    </message>
    <message>
        <source>Training images held back to check the network on data it does not learn from (a fraction up to half, or a number of images): when validation loss rises while training loss falls, it overfits.</source>
        <translation>Imágenes de entrenamiento reservadas para comprobar la red con datos de los que no aprende (una fracción de hasta la mitad, o un número de imágenes): cuando la pérdida de validación sube mientras la de entrenamiento baja, hay sobreajuste.</translation>
    </message>
    <message>
        <source>Seeds the random start weights, shuffling and dropout, so the same settings give the same run again.</source>
        <translation>Semilla para el azar de los pesos iniciales, la mezcla y el dropout, para que la misma configuración vuelva a dar la misma ejecución.</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs and keep the best weights (0 = off: train every epoch).</source>
        <translation>Detener cuando la pérdida de validación no haya mejorado en este número de épocas y conservar los mejores pesos (0 = desactivado: entrenar todas las épocas).</translation>
    </message>
    <message>
        <source>Also train on digits drawn with a pen by 24 writers, each re-rendered as on the canvas at a random place, size, pen width and slant: it teaches the network how people draw rather than how MNIST was scanned. Digit datasets only; six more writers are never trained on, to measure with.</source>
        <translation>Entrenar también con dígitos dibujados con lápiz por 24 autores, cada uno redibujado como en el lienzo con posición, tamaño, grosor de lápiz e inclinación al azar: enseña a la red cómo dibuja la gente y no cómo se escaneó MNIST. Solo para conjuntos de datos de dígitos; otros seis autores nunca se usan para entrenar, sino para medir.</translation>
    </message>
    <message>
        <source>Random renderings of each pen-drawn digit added to the training images (about 6,000 digits each time).</source>
        <translation>Versiones aleatorias de cada dígito dibujado con lápiz que se añaden a las imágenes de entrenamiento (unos 6000 dígitos cada vez).</translation>
    </message>
    <message>
        <source>Share of the training digits added once more as a scanner or a phone camera would give them (blurred, thickened, cropped, photographed, postal 16×16 or 8×8), so learning the canvas&apos;s sharp strokes does not cost the scans. Digit datasets only.</source>
        <translation>Proporción de los dígitos de entrenamiento que se añade una vez más tal como los daría un escáner o la cámara de un móvil (desenfocados, engrosados, recortados, fotografiados, postales de 16×16 u 8×8), para que aprender los trazos nítidos del lienzo no cueste los escaneos. Solo conjuntos de datos de dígitos.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>Camiseta/top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalón</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Suéter</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Vestido</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandalia</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Camisa</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Zapatilla deportiva</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Bolso</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Botín</translation>
    </message>
    <message>
        <source>unknown dataset {spec}: expected one of {known} or a folder of IDX files, and no folder {folder} exists</source>
        <translation>conjunto de datos desconocido {spec}: se esperaba uno de {known} o una carpeta de archivos IDX, y no existe la carpeta {folder}</translation>
    </message>
    <message>
        <source>{name} was not found in {folder} or {cache}: pass a folder holding its four IDX files ({files}), or allow downloading it</source>
        <translation>{name} no se encontró en {folder} ni en {cache}: indica una carpeta con sus cuatro archivos IDX ({files}) o permite descargarlo</translation>
    </message>
    <message>
        <source>{name} is not here and downloads are switched off by the policy of this computer ({policy}): pass a folder holding its four IDX files ({files})</source>
        <translation>{name} no está aquí y la directiva de este equipo desactiva las descargas ({policy}): indica una carpeta con sus cuatro archivos IDX ({files})</translation>
    </message>
    <message>
        <source>downloading {name} through keras.datasets failed: {reason}</source>
        <translation>la descarga de {name} mediante keras.datasets falló: {reason}</translation>
    </message>
    <message>
        <source>{folder}: expected a folder of IDX files, but it is not a folder</source>
        <translation>{folder}: se esperaba una carpeta de archivos IDX, pero no es una carpeta</translation>
    </message>
    <message>
        <source>{folder}: expected the four IDX files {files} (each raw or .gz); not found: {missing}</source>
        <translation>{folder}: se esperaban los cuatro archivos IDX {files} (cada uno sin comprimir o .gz); no se encontraron: {missing}</translation>
    </message>
    <message>
        <source>{path}: expected images of shape (N, 28, 28), found {shape}</source>
        <translation>{path}: se esperaban imágenes de forma (N, 28, 28) y se encontró {shape}</translation>
    </message>
    <message>
        <source>{path}: expected labels of shape (N,), found {shape}</source>
        <translation>{path}: se esperaban etiquetas de forma (N,) y se encontró {shape}</translation>
    </message>
    <message>
        <source>{images_path} holds {images} images but {labels_path} holds {labels} labels; expected the same number</source>
        <translation>{images_path} contiene {images} imágenes pero {labels_path} contiene {labels} etiquetas; se esperaba el mismo número</translation>
    </message>
    <message>
        <source>{path}: expected labels 0..{last} (one per class name), found label {found}</source>
        <translation>{path}: se esperaban etiquetas 0..{last} (una por nombre de clase) y se encontró la etiqueta {found}</translation>
    </message>
    <message>
        <source>TF.js layers model (folder)</source>
        <translation>Modelo de capas de TF.js (carpeta)</translation>
    </message>
    <message>
        <source>LiteRT (TensorFlow Lite)</source>
        <translation>LiteRT (TensorFlow Lite)</translation>
    </message>
    <message>
        <source>Web page (one file, offline)</source>
        <translation>Página web (un archivo, sin conexión)</translation>
    </message>
    <message>
        <source>{out} is a file; the TF.js format writes a folder (model.json and weight shards): expected a folder name</source>
        <translation>{out} es un archivo; el formato TF.js escribe una carpeta (model.json y fragmentos de pesos): se esperaba un nombre de carpeta</translation>
    </message>
    <message>
        <source>{out} is a folder; expected a file name ending in {suffix}</source>
        <translation>{out} es una carpeta; se esperaba un nombre de archivo terminado en {suffix}</translation>
    </message>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>su carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {out}: {why}</source>
        <translation>no se puede escribir {out}: {why}</translation>
    </message>
    <message>
        <source>{out} was written but cannot be read back as {format}: {reason}</source>
        <translation>{out} se escribió pero no se puede volver a leer como {format}: {reason}</translation>
    </message>
    <message>
        <source>the export to {out} stopped: its process ended unexpectedly (out of memory?)</source>
        <translation>la exportación a {out} se detuvo: su proceso terminó de forma inesperada (¿sin memoria?)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>early stopped</source>
        <translation>parada temprana</translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation>pérdida no numérica</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>Next Tech tutorial</source>
        <translation>Tutorial de Next Tech</translation>
    </message>
    <message>
        <source>784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels.</source>
        <translation>MLP tanh 784-50-50-10 entrenado con SGD con momentum sobre píxeles estandarizados.</translation>
    </message>
    <message>
        <source>Next Tech, &apos;Building an MLP with Keras&apos; (test accuracy 96.27%)</source>
        <translation>Next Tech, &apos;Building an MLP with Keras&apos; (exactitud de prueba 96,27&#xa0;%)</translation>
    </message>
    <message>
        <source>Géron ch.10</source>
        <translation>Géron cap. 10</translation>
    </message>
    <message>
        <source>Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10.</source>
        <translation>Clasificador ReLU Flatten-300-100-10 de Hands-On Machine Learning, cap. 10.</translation>
    </message>
    <message>
        <source>A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)</source>
        <translation>A. Géron, Hands-On Machine Learning, 2.ª ed., cap. 10 (Fashion-MNIST 88,6&#xa0;%)</translation>
    </message>
    <message>
        <source>Keras mnist_mlp</source>
        <translation>Keras mnist_mlp</translation>
    </message>
    <message>
        <source>The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop.</source>
        <translation>El ejemplo clásico de Keras: 512-512 ReLU con dropout 0,2, RMSprop.</translation>
    </message>
    <message>
        <source>keras/examples/mnist_mlp.py (test accuracy 98.40%)</source>
        <translation>keras/examples/mnist_mlp.py (exactitud de prueba 98,40&#xa0;%)</translation>
    </message>
    <message>
        <source>DigitLab best</source>
        <translation>Lo mejor de DigitLab</translation>
    </message>
    <message>
        <source>768-768 ReLU with dropout, Adam with cosine decay, trained on MNIST, on pen-drawn digits by 24 writers and on MNIST digits as scanners and phone cameras give them, distorted afresh each batch (shift, rotation, scale, shear, elastic, stroke thickness, flagged 1s and hooked 9s), so it reads digits as people draw, scan and photograph them.</source>
        <translation>768-768 ReLU con dropout, Adam con decaimiento coseno, entrenada con MNIST, con dígitos dibujados con lápiz por 24 autores y con dígitos de MNIST tal como los dan los escáneres y las cámaras de los móviles, deformados de nuevo en cada lote (desplazamiento, rotación, escala, cizallamiento, deformación elástica, grosor del trazo, unos con pico y nueves con gancho), para que lea los dígitos como la gente los dibuja, escanea y fotografía.</translation>
    </message>
    <message>
        <source>DigitLab best (Fashion)</source>
        <translation>Lo mejor de DigitLab (Fashion)</translation>
    </message>
    <message>
        <source>1024-1024 ReLU with dropout 0.3, Adam with cosine decay, 30 epochs: the widest plain MLP that trains in minutes on two cores. Clothes are not distorted: shifted or scaled, they read worse (tried on 5,000 validation images).</source>
        <translation>1024-1024 ReLU con dropout 0,3, Adam con decaimiento coseno, 30 épocas: el MLP simple más ancho que se entrena en minutos con dos núcleos. La ropa no se deforma: desplazada o escalada se lee peor (probado con 5000 imágenes de validación).</translation>
    </message>
    <message>
        <source>DigitLab (bench/accuracy.py measures it)</source>
        <translation>DigitLab (bench/accuracy.py mide su exactitud)</translation>
    </message>
    <message>
        <source>Scoring your drawings…</source>
        <translation>Evaluando tus dibujos…</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>Cargando TensorFlow…</translation>
    </message>
    <message>
        <source>Keeping the trained network…</source>
        <translation>Guardando la red entrenada…</translation>
    </message>
    <message>
        <source>Stopped before training began.</source>
        <translation>Detenido antes de que empezara el entrenamiento.</translation>
    </message>
    <message>
        <source>Nothing was kept: the model it started from is as it was.</source>
        <translation>No se conservó nada: el modelo de partida sigue como estaba.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>El entrenamiento falló: {error}</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Preparando los datos…</translation>
    </message>
    <message>
        <source>Training could not start: {error}</source>
        <translation>El entrenamiento no pudo empezar: {error}</translation>
    </message>
    <message>
        <source>Evaluating on the test set…</source>
        <translation>Evaluando con el conjunto de prueba…</translation>
    </message>
    <message>
        <source>Reading digits drawn by new writers…</source>
        <translation>Leyendo dígitos dibujados por autores nuevos…</translation>
    </message>
    <message>
        <source>The weights from before the divergence were kept.</source>
        <translation>Se conservaron los pesos de antes de la divergencia.</translation>
    </message>
    <message>
        <source>The loss became NaN at epoch {epoch}, batch {batch}: the weights diverged. Try a lower learning rate than {rate} (e.g. {lower}). {kept}</source>
        <translation>La pérdida se volvió NaN en la época {epoch}, lote {batch}: los pesos divergieron. Prueba una tasa de aprendizaje menor que {rate} (p. ej., {lower}). {kept}</translation>
    </message>
    <message>
        <source>The weights trained so far are kept.</source>
        <translation>Se conservan los pesos entrenados hasta ahora.</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after 1 step. {kept}</source>
        <translation>Detenido en la época {epoch}, tras 1 paso. {kept}</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after {count} steps. {kept}</source>
        <translation>Detenido en la época {epoch}, tras {count} pasos. {kept}</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for 1 epoch, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Parada temprana tras la época {epoch}: la pérdida de validación no había mejorado en 1 época, así que se restauraron los mejores pesos (pérdida de validación {loss}).</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for {count} epochs, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Parada temprana tras la época {epoch}: la pérdida de validación no había mejorado en {count} épocas, así que se restauraron los mejores pesos (pérdida de validación {loss}).</translation>
    </message>
    <message>
        <source>Finished 1 epoch.</source>
        <translation>1 época terminada.</translation>
    </message>
    <message>
        <source>Finished {count} epochs.</source>
        <translation>{count} épocas terminadas.</translation>
    </message>
    <message>
        <source>Training did not stop within {seconds} s, so its process was ended; nothing was kept.</source>
        <translation>El entrenamiento no se detuvo en {seconds} s, así que se terminó su proceso; no se conservó nada.</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>estado de salida {code}</translation>
    </message>
    <message>
        <source>killed by {signal}, as when the system runs out of memory</source>
        <translation>terminado por {signal}, como cuando el sistema se queda sin memoria</translation>
    </message>
    <message>
        <source>killed by {signal}</source>
        <translation>terminado por {signal}</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly ({how}); nothing was kept.</source>
        <translation>El proceso de entrenamiento terminó de forma inesperada ({how}); no se conservó nada.</translation>
    </message>
    <message>
        <source>{path}: the image is {width}×{height} pixels ({megapixels} megapixels); DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}: la imagen tiene {width}×{height} píxeles ({megapixels} megapíxeles); DigitLab lee imágenes de {limit} megapíxeles como máximo</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes)</source>
        <translation>{path}: el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>{path}: the image is over {megapixels} megapixels; DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}: la imagen tiene más de {megapixels} megapíxeles; DigitLab lee imágenes de {limit} megapíxeles como máximo</translation>
    </message>
    <message>
        <source>{path}: not a readable image (not a picture format DigitLab knows)</source>
        <translation>{path}: no es una imagen legible (no es un formato de imagen que DigitLab conozca)</translation>
    </message>
    <message>
        <source>{path}: not a readable image ({reason})</source>
        <translation>{path}: no es una imagen legible ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>more while reading it</source>
        <translation>más al leerlo</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>algo que no es un archivo</translation>
    </message>
    <message>
        <source>expected a regular file, found {found}</source>
        <translation>se esperaba un archivo normal y se encontró {found}</translation>
    </message>
    <message>
        <source>expected a file of at most {limit}, found {found}</source>
        <translation>se esperaba un archivo de {limit} como máximo y se encontró {found}</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{path}: expected a model file ending in {suffixes}, found the suffix {suffix}</source>
        <translation>{path}: se esperaba un archivo de modelo terminado en {suffixes} y se encontró la extensión {suffix}</translation>
    </message>
    <message>
        <source>{source} expects inputs of shape {shape}; DigitLab feeds 28×28 images (input shape 28×28 or 784)</source>
        <translation>{source} espera entradas de forma {shape}; DigitLab le da imágenes de 28×28 (forma de entrada 28×28 o 784)</translation>
    </message>
    <message>
        <source>{source} has {units} output units; expected {classes}, one per class</source>
        <translation>{source} tiene {units} unidades de salida; se esperaban {classes}, una por clase</translation>
    </message>
    <message>
        <source>{source} has {units} output unit; a classifier needs at least 2</source>
        <translation>{source} tiene {units} unidad de salida; un clasificador necesita al menos 2</translation>
    </message>
    <message>
        <source>Model file {path} does not exist</source>
        <translation>El archivo de modelo {path} no existe</translation>
    </message>
    <message>
        <source>{path} is a folder; expected a model file</source>
        <translation>{path} es una carpeta; se esperaba un archivo de modelo</translation>
    </message>
    <message>
        <source>a .keras zip archive</source>
        <translation>un archivo zip .keras</translation>
    </message>
    <message>
        <source>a legacy HDF5 (.h5) model</source>
        <translation>un modelo HDF5 antiguo (.h5)</translation>
    </message>
    <message>
        <source>{path} is not a Keras model: expected {expected}, found {found}</source>
        <translation>{path} no es un modelo de Keras: se esperaba {expected} y se encontró {found}</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un archivo vacío</translation>
    </message>
    <message>
        <source>a zip archive (a .keras model?)</source>
        <translation>un archivo zip (¿un modelo .keras?)</translation>
    </message>
    <message>
        <source>a damaged or truncated zip archive</source>
        <translation>un archivo zip dañado o incompleto</translation>
    </message>
    <message>
        <source>an HDF5 file (a legacy .h5 model?)</source>
        <translation>un archivo HDF5 (¿un modelo .h5 antiguo?)</translation>
    </message>
    <message>
        <source>data in an unknown format</source>
        <translation>datos en un formato desconocido</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Keras model: {reason}</source>
        <translation>{path} está dañado o no es un modelo de Keras: {reason}</translation>
    </message>
    <message>
        <source>the plots</source>
        <translation>las gráficas</translation>
    </message>
    <message>
        <source>the drawings</source>
        <translation>los dibujos</translation>
    </message>
    <message>
        <source>{out} already exists and is not a TF.js model folder; expected a new or empty folder, or one an earlier export wrote</source>
        <translation>{out} ya existe y no es una carpeta de modelo TF.js; se esperaba una carpeta nueva o vacía, o una escrita por una exportación anterior</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>un modelo</translation>
    </message>
    <message>
        <source>the curves</source>
        <translation>las curvas</translation>
    </message>
    <message>
        <source>Cannot write {what}: expected a file name, got an empty one</source>
        <translation>Imposible escribir {what}: se esperaba un nombre de archivo y está vacío</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {refusal}</source>
        <translation>Imposible escribir {what} en {path}: {refusal}</translation>
    </message>
    <message>
        <source>it is one of DigitLab&apos;s own data files; choose another name</source>
        <translation>es uno de los archivos de datos propios de DigitLab; elige otro nombre</translation>
    </message>
    <message>
        <source>expected a new name or a regular file, found {kind}</source>
        <translation>se esperaba un nombre nuevo o un archivo normal y se encontró {kind}</translation>
    </message>
    <message>
        <source>expected a name ending in {suffixes}, found {suffix}</source>
        <translation>se esperaba un nombre terminado en {suffixes} y se encontró {suffix}</translation>
    </message>
    <message>
        <source>{lost}: {reason}</source>
        <translation>{lost}: {reason}</translation>
    </message>
    <message>
        <source>this run is not recorded in the history</source>
        <translation>esta ejecución no se guarda en el historial</translation>
    </message>
    <message>
        <source>the history does not know how long this run was planned to be</source>
        <translation>el historial no sabe cuánto iba a durar esta ejecución</translation>
    </message>
    <message>
        <source>this run&apos;s epochs are only partly recorded in the history</source>
        <translation>las épocas de esta ejecución solo se guardan en parte en el historial</translation>
    </message>
    <message>
        <source>this run stays unfinished in the history</source>
        <translation>esta ejecución queda sin terminar en el historial</translation>
    </message>
    <message>
        <source>the history does not know where this run&apos;s model was saved</source>
        <translation>el historial no sabe dónde se guardó el modelo de esta ejecución</translation>
    </message>
    <message>
        <source>the history does not keep this adaptation&apos;s scores</source>
        <translation>el historial no guarda las puntuaciones de esta adaptación</translation>
    </message>
    <message>
        <source>the end of this run is recorded, but not its last loss curve points: {reason}</source>
        <translation>el final de esta ejecución está guardado, pero no los últimos puntos de su curva de pérdida: {reason}</translation>
    </message>
    <message>
        <source>run {id} is damaged in the history: {error}</source>
        <translation>la ejecución {id} está dañada en el historial: {error}</translation>
    </message>
    <message>
        <source>the run history {path} is locked by another program ({error})</source>
        <translation>otro programa tiene bloqueado el historial de ejecuciones {path} ({error})</translation>
    </message>
    <message>
        <source>the run history {path} cannot be used: {error}</source>
        <translation>no se puede usar el historial de ejecuciones {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a DigitLab run history: {found}</source>
        <translation>{path} no es un historial de ejecuciones de DigitLab: {found}</translation>
    </message>
    <message>
        <source>the run history {path} is read-only and of schema {found}; this DigitLab reads schema {known} (it updates the file where it may write)</source>
        <translation>el historial de ejecuciones {path} es de solo lectura y de esquema {found}; este DigitLab lee el esquema {known} (actualiza el archivo donde puede escribir)</translation>
    </message>
    <message>
        <source>it has tables of its own and no DigitLab schema version</source>
        <translation>tiene tablas propias y ninguna versión de esquema de DigitLab</translation>
    </message>
    <message>
        <source>the run history {path} was written by a newer DigitLab (schema {found}; this one knows up to {known})</source>
        <translation>el historial de ejecuciones {path} lo escribió un DigitLab más reciente (esquema {found}; este conoce hasta el {known})</translation>
    </message>
    <message>
        <source>expected the tables {expected} with DigitLab&apos;s columns, found {found}</source>
        <translation>se esperaban las tablas {expected} con las columnas de DigitLab; se encontró: {found}</translation>
    </message>
    <message>
        <source>there is no run {id} in the history (see: digitlab runs)</source>
        <translation>no hay ninguna ejecución {id} en el historial (véase: digitlab runs)</translation>
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
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>No runs selected: select runs in the table to compare their curves.</source>
        <translation>No hay ejecuciones seleccionadas: selecciona ejecuciones en la tabla para comparar sus curvas.</translation>
    </message>
    <message>
        <source>Run {label}: no epoch recorded.</source>
        <translation>Ejecución {label}: ninguna época registrada.</translation>
    </message>
    <message>
        <source>Run {label}: after epoch {epoch} of {epochs}, loss {loss}, accuracy {accuracy}, validation loss {val_loss}, validation accuracy {val_accuracy}; test accuracy {test}.</source>
        <translation>Ejecución {label}: tras la época {epoch} de {epochs}, pérdida {loss}, exactitud {accuracy}, pérdida de validación {val_loss}, exactitud de validación {val_accuracy}; exactitud de prueba {test}.</translation>
    </message>
    <message>
        <source>Curves as a table</source>
        <translation>Curvas como tabla</translation>
    </message>
    <message>
        <source>One row per epoch of each selected run: loss and accuracy on the training and validation images.</source>
        <translation>Una fila por época de cada ejecución seleccionada: pérdida y exactitud con las imágenes de entrenamiento y de validación.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitud de validación</translation>
    </message>
    <message>
        <source>━━ training &amp;nbsp;&amp;nbsp; ╍╍ validation &amp;nbsp;&amp;nbsp; ★ test</source>
        <translation>━━ entrenamiento &amp;nbsp;&amp;nbsp; ╍╍ validación &amp;nbsp;&amp;nbsp; ★ prueba</translation>
    </message>
    <message>
        <source>Select runs in the table to compare their curves&lt;br&gt;(Ctrl- or Shift-click for several).</source>
        <translation>Selecciona ejecuciones en la tabla para comparar sus curvas&lt;br&gt;(Ctrl o Shift + clic para varias).</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>List every epoch&apos;s loss and accuracy of the selected runs instead of the plots.</source>
        <translation>Mostrar en una lista la pérdida y la exactitud de cada época de las ejecuciones seleccionadas en lugar de los gráficos.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Loss and accuracy curves of the selected runs</source>
        <translation>Curvas de pérdida y exactitud de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>…and {count} more selected: at most {most} are drawn.</source>
        <translation>…y {count} más seleccionadas: se dibujan como máximo {most}.</translation>
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
        <translation>El número de la ejecución, tal como lo conoce &apos;digitlab runs show ID&apos;.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>When the run started.</source>
        <translation>Cuándo empezó la ejecución.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Layer sizes from input to output, and the hidden layers&apos; activation.</source>
        <translation>Tamaños de las capas de la entrada a la salida, y la activación de las capas ocultas.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Accuracy on the test images, never trained on.</source>
        <translation>Exactitud con las imágenes de prueba, nunca usadas para entrenar.</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Dibujados</translation>
    </message>
    <message>
        <source>Accuracy on digits drawn by writers the network never saw (digit datasets).</source>
        <translation>Exactitud con dígitos dibujados por autores que la red nunca vio (conjuntos de datos de dígitos).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Epochs trained.</source>
        <translation>Épocas entrenadas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Training time, pauses left out.</source>
        <translation>Tiempo de entrenamiento, sin contar las pausas.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>What it was trained on.</source>
        <translation>Con qué se entrenó.</translation>
    </message>
    <message>
        <source>never ended (the program was closed or killed while it trained)</source>
        <translation>nunca terminó (el programa se cerró o se forzó su cierre mientras entrenaba)</translation>
    </message>
    <message>
        <source>its record in the history is damaged ({damage})</source>
        <translation>su registro en el historial está dañado ({damage})</translation>
    </message>
    <message>
        <source>Adaptation {id}, {network} on {dataset}: {ended}.</source>
        <translation>Adaptación {id}, red {network} con el conjunto de datos {dataset}: {ended}.</translation>
    </message>
    <message>
        <source>Run {id}, {network} on {dataset}: {ended}.</source>
        <translation>Ejecución {id}, red {network} con el conjunto de datos {dataset}: {ended}.</translation>
    </message>
    <message>
        <source>Test score on {count} images.</source>
        <translation>Puntuación de prueba con {count} imágenes.</translation>
    </message>
    <message>
        <source>Model: {path}</source>
        <translation>Modelo: {path}</translation>
    </message>
    <message>
        <source>Model: not saved</source>
        <translation>Modelo: sin guardar</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Ejecuciones registradas</translation>
    </message>
    <message>
        <source>One row per training run, newest first. Select rows to draw their curves below; Shift or Ctrl with the arrow keys and Space selects several.</source>
        <translation>Una fila por ejecución de entrenamiento, la más reciente primero. Selecciona filas para dibujar sus curvas abajo; Shift o Ctrl con las flechas y la barra espaciadora seleccionan varias.</translation>
    </message>
    <message>
        <source>Run history: {message}</source>
        <translation>Historial de ejecuciones: {message}</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>Cargar configuración</translation>
    </message>
    <message>
        <source>Put this run&apos;s network, training settings and dataset on the Setup page, to train it again or vary it.</source>
        <translation>Poner la red, la configuración de entrenamiento y el conjunto de datos de esta ejecución en la página Preparación, para volver a entrenarla o variarla.</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>Read the canvas with the model this run saved.</source>
        <translation>Leer el lienzo con el modelo que guardó esta ejecución.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the selected run&apos;s curves as CSV, or the plots as an image.</source>
        <translation>Guardar las curvas de la ejecución seleccionada como CSV, o los gráficos como imagen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Forget the selected runs (their saved models stay).</source>
        <translation>Olvidar las ejecuciones seleccionadas (sus modelos guardados se conservan).</translation>
    </message>
    <message>
        <source>Curves as CSV…</source>
        <translation>Curvas como CSV…</translation>
    </message>
    <message>
        <source>Plots as PNG or SVG…</source>
        <translation>Gráficos como PNG o SVG…</translation>
    </message>
    <message>
        <source>The settings of run {id} cannot be used: {error}</source>
        <translation>No se puede usar la configuración de la ejecución {id}: {error}</translation>
    </message>
    <message>
        <source>Settings of run #{id} ({network}, test {accuracy}).</source>
        <translation>Configuración de la ejecución #{id} (red {network}, exactitud de prueba {accuracy}).</translation>
    </message>
    <message>
        <source>The run in progress is recorded until it ends; delete it afterwards.</source>
        <translation>La ejecución en curso se registra hasta que termina; elimínala después.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Exportar curvas</translation>
    </message>
    <message>
        <source>CSV table ({patterns})</source>
        <translation>Tabla CSV ({patterns})</translation>
    </message>
    <message>
        <source>Saved the curves of run {id} to {path}.</source>
        <translation>Se guardaron las curvas de la ejecución {id} en {path}.</translation>
    </message>
    <message>
        <source>Save plots</source>
        <translation>Guardar gráficos</translation>
    </message>
    <message>
        <source>Saved the plots to {path}.</source>
        <translation>Se guardaron los gráficos en {path}.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Forget run {numbers}? Saved model files are kept.</source>
        <translation>¿Olvidar la ejecución {numbers}? Los archivos de modelo guardados se conservan.</translation>
    </message>
    <message>
        <source>Forget {count} runs ({numbers})? Saved model files are kept.</source>
        <translation>¿Olvidar {count} ejecuciones ({numbers})? Los archivos de modelo guardados se conservan.</translation>
    </message>
    <message>
        <source>Deleted 1 run.</source>
        <translation>Se eliminó 1 ejecución.</translation>
    </message>
    <message>
        <source>Deleted {count} runs.</source>
        <translation>Se eliminaron {count} ejecuciones.</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>Imagen PNG ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>Dibujo SVG ({patterns})</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Live weights have no file yet: export the network when its run ends.</source>
        <translation>Los pesos en vivo aún no tienen archivo: exporta la red cuando termine su ejecución.</translation>
    </message>
    <message>
        <source>Cannot export model</source>
        <translation>No se puede exportar el modelo</translation>
    </message>
    <message>
        <source>Wrote {format} to {path} ({size} MB); on {images} MNIST test images it gives the app&apos;s top class {same} of the time, probabilities within {difference}</source>
        <translation>Se escribió {format} en {path} ({size} MB); con {images} imágenes de prueba de MNIST da la misma clase principal que la app el {same} de las veces, con probabilidades que difieren como máximo {difference}</translation>
    </message>
    <message>
        <source>&amp;Export model</source>
        <translation>&amp;Exportar modelo</translation>
    </message>
    <message>
        <source>Cannot export now</source>
        <translation>No se puede exportar ahora</translation>
    </message>
    <message>
        <source>Wait until the last export ends.</source>
        <translation>Espera a que termine la última exportación.</translation>
    </message>
    <message>
        <source>Exporting {name} as {format} to {path}…</source>
        <translation>Exportando {name} como {format} a {path}…</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Write the model in use as {format}, checked against DigitLab&apos;s own answers</source>
        <translation>Guardar el modelo en uso como {format}, comprobado frente a las respuestas de DigitLab</translation>
    </message>
    <message>
        <source>Export {format} into a new folder in</source>
        <translation>Exportar {format} a una carpeta nueva en</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exportar {format}</translation>
    </message>
</context>
<context>
    <name>Teach</name>
    <message>
        <source>Adapting: epoch {epoch} of {epochs}, about {time} left</source>
        <translation>Adaptando: época {epoch} de {epochs}, quedan unos {time}</translation>
    </message>
    <message>
        <source>Adapting failed: {error}</source>
        <translation>La adaptación falló: {error}</translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation>Adaptar a mi letra</translation>
    </message>
    <message>
        <source>Adapting {model} to your {drawings}…</source>
        <translation>Adaptando {model} a tus dibujos ({drawings})…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Back to {model}</source>
        <translation>Volver a {model}</translation>
    </message>
    <message>
        <source>{result}
{ending} Now reading with {model}.</source>
        <translation>{result}
{ending} Ahora se lee con {model}.</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A {label}</source>
        <translation>Un {label}</translation>
    </message>
    <message>
        <source>A {label}, kept {time}</source>
        <translation>Un {label}, guardado {time}</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Mis dibujos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected drawings ({key})</source>
        <translation>Eliminar los dibujos seleccionados ({key})</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add drawings from a JSON Lines file</source>
        <translation>Añadir dibujos desde un archivo JSON Lines</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save all drawings as JSON Lines (strokes and labels)</source>
        <translation>Guardar todos los dibujos como JSON Lines (trazos y etiquetas)</translation>
    </message>
    <message>
        <source>Export IDX…</source>
        <translation>Exportar IDX…</translation>
    </message>
    <message>
        <source>Save all drawings as MNIST-style IDX images and labels</source>
        <translation>Guardar todos los dibujos como imágenes y etiquetas IDX al estilo MNIST</translation>
    </message>
    <message>
        <source>{drawings}; label one to keep it here</source>
        <translation>{drawings}; etiqueta un dibujo para guardarlo aquí</translation>
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
        <translation>¿Eliminar estos dibujos ({drawings})? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Saved {drawings} as {path}</source>
        <translation>Dibujos guardados en {path}: {drawings}</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Guardado: {files}</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Dibujos</translation>
    </message>
    <message>
        <source>The drawings you labelled, each as its digit; select some to delete them</source>
        <translation>Los dibujos que etiquetaste, cada uno con su dígito; selecciona algunos para eliminarlos</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Importar dibujos</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>Exportar dibujos</translation>
    </message>
    <message>
        <source>Export drawings as IDX files into</source>
        <translation>Exportar dibujos como archivos IDX a</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Imported {drawings}</source>
        <translation>Dibujos importados: {drawings}</translation>
    </message>
    <message>
        <source>Wrong? Click the right digit or press its key to teach DigitLab.</source>
        <translation>¿Se equivocó? Haz clic en el dígito correcto o pulsa su tecla para enseñar a DigitLab.</translation>
    </message>
    <message>
        <source>1 drawing</source>
        <translation>1 dibujo</translation>
    </message>
    <message>
        <source>{count} drawings</source>
        <translation>{count} dibujos</translation>
    </message>
    <message>
        <source>Teaching needs a model that reads the digits 0–9.</source>
        <translation>Para enseñar hace falta un modelo que lea los dígitos 0–9.</translation>
    </message>
    <message>
        <source>Your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>Tus {label}: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>{mine}.</source>
        <translation>{mine}.</translation>
    </message>
    <message>
        <source>{mine}; MNIST test {before} → {after}.</source>
        <translation>{mine}; prueba MNIST {before} → {after}.</translation>
    </message>
    <message>
        <source>your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>tus {label}: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count}</source>
        <translation>Tus dibujos: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count} ({classes})</source>
        <translation>Tus dibujos: {before}/{count} → {after}/{count} ({classes})</translation>
    </message>
    <message>
        <source>My drawings…</source>
        <translation>Mis dibujos…</translation>
    </message>
    <message>
        <source>Browse, delete, export and import the drawings you labelled</source>
        <translation>Explorar, eliminar, exportar e importar los dibujos que etiquetaste</translation>
    </message>
    <message>
        <source>Fine-tune the model to your labelled drawings, in the background</source>
        <translation>Ajustar el modelo a tus dibujos etiquetados, en segundo plano</translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation>E&amp;nseñar</translation>
    </message>
    <message>
        <source>Keep the drawing as that digit (Teach)</source>
        <translation>Guardar el dibujo como ese dígito (Enseñar)</translation>
    </message>
    <message>
        <source>Cannot keep the drawing</source>
        <translation>No se puede guardar el dibujo</translation>
    </message>
    <message>
        <source>Kept as a {label} (read right) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Guardado como {label} (leído bien) · {drawings}. Adapta el modelo para usar los dibujos; Deshacer lo anula.</translation>
    </message>
    <message>
        <source>Kept as a {label} (DigitLab read {read_as}) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Guardado como {label} (DigitLab leyó {read_as}) · {drawings}. Adapta el modelo para usar los dibujos; Deshacer lo anula.</translation>
    </message>
    <message>
        <source>Cannot adapt</source>
        <translation>No se puede adaptar</translation>
    </message>
    <message>
        <source>A dropped picture has no pen strokes to keep: draw the digit to teach it.</source>
        <translation>Una imagen soltada no tiene trazos que guardar: dibuja el dígito para enseñarlo.</translation>
    </message>
    <message>
        <source>Draw a digit first, then click its bar or press its key.</source>
        <translation>Primero dibuja un dígito y luego haz clic en su barra o pulsa su tecla.</translation>
    </message>
    <message>
        <source>An adaptation is running already.</source>
        <translation>Ya hay una adaptación en curso.</translation>
    </message>
    <message>
        <source>This model has no file yet: save it from the Train panel, open it, and adapt that.</source>
        <translation>Este modelo aún no tiene archivo: guárdalo desde el panel Entrenar, ábrelo y adapta ese.</translation>
    </message>
    <message>
        <source>Label at least one drawing first: draw a digit, then click its bar.</source>
        <translation>Primero etiqueta al menos un dibujo: dibuja un dígito y luego haz clic en su barra.</translation>
    </message>
    <message>
        <source>Cannot forget the drawing</source>
        <translation>No se puede olvidar el dibujo</translation>
    </message>
    <message>
        <source>Taken back: the {label} is no longer kept · {drawings}.</source>
        <translation>Deshecho: el dibujo del {label} ya no se guarda · {drawings}.</translation>
    </message>
    <message>
        <source>My drawings ({count})…</source>
        <translation>Mis dibujos ({count})…</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>MNIST digits (bundled)</source>
        <translation>Dígitos MNIST (incluidos)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (downloaded once)</source>
        <translation>Ropa de Fashion-MNIST (se descarga una vez)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (bundled)</source>
        <translation>Ropa de Fashion-MNIST (incluida)</translation>
    </message>
    <message>
        <source>{name}: {train} training images, {test} test images, {classes} classes</source>
        <translation>{name}: {train} imágenes de entrenamiento, {test} imágenes de prueba, {classes} clases</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>The images and labels the network learns from; the test part is kept aside to judge it at the end.</source>
        <translation>Las imágenes y etiquetas de las que aprende la red; la parte de prueba se reserva para evaluarla al final.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Train on any folder holding the four MNIST-format IDX files (train/t10k images and labels).</source>
        <translation>Entrenar con cualquier carpeta que contenga los cuatro archivos IDX en formato MNIST (imágenes y etiquetas train/t10k).</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <source>One training image of each class, as the network sees it.</source>
        <translation>Una imagen de entrenamiento de cada clase, tal como la ve la red.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Carpeta: {name}</translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation>Carpeta de archivos IDX</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>No se pudo cargar: {error}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}.</source>
        <translation>Época {epoch}: pérdida de entrenamiento {loss}, exactitud {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}; validation loss {val_loss}, accuracy {val_accuracy}.</source>
        <translation>Época {epoch}: pérdida de entrenamiento {loss}, exactitud {accuracy}; pérdida de validación {val_loss}, exactitud {val_accuracy}.</translation>
    </message>
    <message>
        <source>Learning curves as a table</source>
        <translation>Curvas de aprendizaje como tabla</translation>
    </message>
    <message>
        <source>One row per epoch: the training and validation loss and accuracy the curves show.</source>
        <translation>Una fila por época: la pérdida y la exactitud de entrenamiento y de validación que muestran las curvas.</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Época {epoch}</translation>
    </message>
    <message>
        <source>The arrows step 1-2-5.</source>
        <translation>Las flechas avanzan en pasos 1-2-5.</translation>
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
        <translation>{name}: fijo en {value}, según tu lección</translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by the policy of this computer</source>
        <translation>{name}: fijo en {value}, según la directiva de este equipo</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by your lesson</source>
        <translation>{name}: como máximo {value}, fijado por tu lección</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by the policy of this computer</source>
        <translation>{name}: como máximo {value}, fijado por la directiva de este equipo</translation>
    </message>
    <message>
        <source>{lock}. {tip}</source>
        <translation>{lock}. {tip}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>{setting}, hidden layer {layer}</source>
        <translation>{setting}, capa oculta {layer}</translation>
    </message>
    <message>
        <source>The layers the network will have, each one&apos;s output size and its weights + biases: this is what training adjusts.</source>
        <translation>Las capas que tendrá la red, el tamaño de salida de cada una y sus pesos + sesgos: esto es lo que ajusta el entrenamiento.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>The hidden layers, from the input (top) to the output (bottom).</source>
        <translation>Las capas ocultas, de la entrada (arriba) a la salida (abajo).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected one.</source>
        <translation>Añadir una capa oculta después de la seleccionada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer.</source>
        <translation>Quitar la capa oculta seleccionada.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected layer towards the input.</source>
        <translation>Mover la capa seleccionada hacia la entrada.</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected layer towards the output.</source>
        <translation>Mover la capa seleccionada hacia la salida.</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Inicializador</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Penalización L2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>28×28 → 784</source>
        <translation>28×28 → 784</translation>
    </message>
    <message>
        <source>output (softmax)</source>
        <translation>salida (softmax)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>salidas</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>hidden {index} ({activation}, dropout {dropout})</source>
        <translation>oculta {index} ({activation}, dropout {dropout})</translation>
    </message>
    <message>
        <source>hidden {index} ({activation})</source>
        <translation>oculta {index} ({activation})</translation>
    </message>
    <message>
        <source>your network</source>
        <translation>tu red</translation>
    </message>
    <message>
        <source>Cannot train: {error}</source>
        <translation>No se puede entrenar: {error}</translation>
    </message>
    <message>
        <source>Loading {dataset}…</source>
        <translation>Cargando el conjunto de datos {dataset}…</translation>
    </message>
    <message>
        <source>Paused: training waits between two batches.</source>
        <translation>En pausa: el entrenamiento espera entre dos lotes.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>{preset} published</source>
        <translation>preajuste {preset}, publicado</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Build and train your own network</source>
        <translation>Crea y entrena tu propia red</translation>
    </message>
    <message>
        <source>Set by your lesson from {preset}.</source>
        <translation>Fijado por tu lección a partir del preajuste {preset}.</translation>
    </message>
    <message>
        <source>Set by your lesson.</source>
        <translation>Fijado por tu lección.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>No se puede guardar ahora</translation>
    </message>
    <message>
        <source>Wait until training or the last save ends.</source>
        <translation>Espera a que termine el entrenamiento o el último guardado.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Guardando {path}…</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Entrenamiento en curso</translation>
    </message>
    <message>
        <source>A network is still training. Stop training and close? The network being trained is lost unless you saved it.</source>
        <translation>Todavía se está entrenando una red. ¿Detener el entrenamiento y cerrar? La red en entrenamiento se perderá si no la has guardado.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Train panel pages</source>
        <translation>Páginas del panel Entrenar</translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation>Configuración no válida</translation>
    </message>
    <message>
        <source>Training… the results appear here when it ends.</source>
        <translation>Entrenando… los resultados aparecerán aquí cuando termine.</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <source>Training: {epochs} epochs of {batches} batches of {size}.</source>
        <translation>Entrenamiento: {epochs} épocas de {batches} lotes de {size}.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>El entrenamiento falló</translation>
    </message>
    <message>
        <source>{network} at epoch {epoch}</source>
        <translation>{network} en la época {epoch}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Guardado: {path}.</translation>
    </message>
    <message>
        <source>Saving failed; the trained model is still here, try another place.</source>
        <translation>No se pudo guardar; el modelo entrenado sigue aquí, prueba en otro lugar.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}.</source>
        <translation>Época {epoch} terminada: exactitud de entrenamiento {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}, validation accuracy {validation}.</source>
        <translation>Época {epoch} terminada: exactitud de entrenamiento {accuracy}, exactitud de validación {validation}.</translation>
    </message>
    <message>
        <source>Could not load the dataset: {message}</source>
        <translation>No se pudo cargar el conjunto de datos: {message}</translation>
    </message>
    <message>
        <source>training (smoothed), faint: batches,</source>
        <translation>entrenamiento (suavizado), tenue: lotes,</translation>
    </message>
    <message>
        <source>mean of the epoch</source>
        <translation>media de la época</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>Loss is the cross-entropy: how unlikely the network found the right answers. Training loss falls as the network fits its training images; when validation loss stops falling while training loss goes on, the network has started to memorise (overfit).</source>
        <translation>La pérdida es la entropía cruzada: lo improbables que le parecían a la red las respuestas correctas. La pérdida de entrenamiento baja a medida que la red se ajusta a sus imágenes de entrenamiento; cuando la pérdida de validación deja de bajar mientras la de entrenamiento sigue bajando, la red ha empezado a memorizar (sobreajuste).</translation>
    </message>
    <message>
        <source>Show the curves as a table</source>
        <translation>Mostrar las curvas como tabla</translation>
    </message>
    <message>
        <source>One row per epoch instead of the curves: the figures a screen reader can read.</source>
        <translation>Una fila por época en lugar de las curvas: las cifras que puede leer un lector de pantalla.</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Curva de pérdida</translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation>Curva de exactitud</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>{label} {accuracy}</source>
        <translation>{label} {accuracy}</translation>
    </message>
    <message>
        <source>No epoch finished yet.</source>
        <translation>Todavía no ha terminado ninguna época.</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}.</source>
        <translation>Exactitud de prueba {accuracy}.</translation>
    </message>
    <message>
        <source>{name} ({dataset}, not published)</source>
        <translation>{name} (conjunto de datos {dataset}, no publicado)</translation>
    </message>
    <message>
        <source>{name} ({dataset}, {accuracy})</source>
        <translation>{name} (conjunto de datos {dataset}, {accuracy})</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Recipes from tutorials, each with the test accuracy its source published, so you can reproduce it and then change one thing.</source>
        <translation>Recetas de tutoriales, cada una con la exactitud de prueba que publicó su fuente, para que puedas reproducirla y luego cambiar una cosa.</translation>
    </message>
    <message>
        <source>{description} Source: {source}</source>
        <translation>{description} Fuente: {source}</translation>
    </message>
    <message>
        <source>Progress through the current epoch (one pass over the training images).</source>
        <translation>Progreso de la época actual (una pasada por las imágenes de entrenamiento).</translation>
    </message>
    <message>
        <source>Progress through the whole run: training images processed per second, time spent training (pauses excluded) and the estimated time left.</source>
        <translation>Progreso de toda la ejecución: imágenes de entrenamiento procesadas por segundo, tiempo dedicado a entrenar (sin pausas) y tiempo restante estimado.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>{epoch} of {epochs}: {percent}</source>
        <translation>{epoch} de {epochs}: {percent}</translation>
    </message>
    <message>
        <source>{speed} images/s · {elapsed} elapsed · about {left} left</source>
        <translation>{speed} imágenes/s · {elapsed} transcurridos · quedan unos {left}</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Stopped early.</source>
        <translation>Detenido por parada temprana.</translation>
    </message>
    <message>
        <source>Training diverged.</source>
        <translation>El entrenamiento divergió.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>El entrenamiento falló.</translation>
    </message>
    <message>
        <source>Test accuracy {test}</source>
        <translation>Exactitud de prueba {test}</translation>
    </message>
    <message>
        <source>Test accuracy {test} · drawn digits by new writers {drawn}</source>
        <translation>Exactitud de prueba {test} · dígitos dibujados por autores nuevos {drawn}</translation>
    </message>
    <message>
        <source>Confusion matrix: row = true class, column = the network&apos;s answer. Off-diagonal cells show which classes it mixes up.</source>
        <translation>Matriz de confusión: fila = clase real, columna = respuesta de la red. Las celdas fuera de la diagonal muestran qué clases confunde.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>real: {name}</translation>
    </message>
    <message>
        <source>read as {name}</source>
        <translation>leída como {name}</translation>
    </message>
    <message>
        <source>True {true}, answered {answer}: {count} images ({share} of all {true})</source>
        <translation>Real {true}, respondió {answer}: {count} imágenes ({share} de todas las imágenes de {true})</translation>
    </message>
    <message>
        <source>Test accuracy: the dataset&apos;s test images. Drawn digits by new writers: digits drawn with a pen by six people no model is trained or tuned on, rendered as the canvas renders drawings; how well it will read yours.</source>
        <translation>Exactitud de prueba: las imágenes de prueba del conjunto de datos. Dígitos dibujados por autores nuevos: dígitos dibujados con lápiz por seis personas con las que no se entrena ni se ajusta ningún modelo, representados como el lienzo representa los dibujos; indica lo bien que leerá los tuyos.</translation>
    </message>
    <message>
        <source>Read the canvas with this network: draw and see how it does.</source>
        <translation>Leer el lienzo con esta red: dibuja y mira qué tal lo hace.</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Guardar modelo…</translation>
    </message>
    <message>
        <source>Write the network, its settings and scores to a .keras file you can open later.</source>
        <translation>Guardar la red, su configuración y sus puntuaciones en un archivo .keras que puedes abrir más tarde.</translation>
    </message>
    <message>
        <source>Test images the network got wrong, most confident first.</source>
        <translation>Imágenes de prueba en las que la red se equivocó, primero las de mayor confianza.</translation>
    </message>
    <message>
        <source>Train a network to see how well it does here.</source>
        <translation>Entrena una red para ver aquí qué tal lo hace.</translation>
    </message>
    <message>
        <source>No test scores: the run ended before training began.</source>
        <translation>Sin puntuaciones de prueba: la ejecución terminó antes de que empezara el entrenamiento.</translation>
    </message>
    <message>
        <source>In use ✓</source>
        <translation>En uso ✓</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: true class, columns: answer)</source>
        <translation>&lt;b&gt;Matriz de confusión&lt;/b&gt; (filas: clase real, columnas: respuesta)</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · 1 epoch in {seconds} s</source>
        <translation>pérdida de prueba {loss} con {images} imágenes · 1 época en {seconds} s</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · {epochs} epochs in {seconds} s</source>
        <translation>pérdida de prueba {loss} con {images} imágenes · {epochs} épocas en {seconds} s</translation>
    </message>
    <message>
        <source>{difference} points</source>
        <translation>{difference} puntos porcentuales</translation>
    </message>
    <message>
        <source>{details} · published {published} ({difference})</source>
        <translation>{details} · publicado {published} ({difference})</translation>
    </message>
    <message>
        <source>{true} → {answer}</source>
        <translation>{true} → {answer}</translation>
    </message>
    <message>
        <source>{confidence} sure</source>
        <translation>{confidence} de seguridad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistakes&lt;/b&gt; (true class → answer): {wrong} of {total} test images wrong; the {shown} it was surest about:</source>
        <translation>&lt;b&gt;Errores&lt;/b&gt; (clase real → respuesta): {wrong} de {total} imágenes de prueba erróneas; las {shown} en las que estaba más segura:</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>Build the network and train it on the chosen data.</source>
        <translation>Crear la red y entrenarla con los datos elegidos.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Hold training between two batches; resume any time.</source>
        <translation>Pausar el entrenamiento entre dos lotes; puedes reanudarlo cuando quieras.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>End training now and keep the weights learned so far.</source>
        <translation>Terminar el entrenamiento ahora y conservar los pesos aprendidos hasta el momento.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Start from a preset, or set up your own network below.</source>
        <translation>Empieza con un preajuste o configura tu propia red abajo.</translation>
    </message>
    <message>
        <source>Preset: {preset} — {description}</source>
        <translation>Preajuste: {preset} — {description}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>% of training images</source>
        <translation>% de las imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>Give the held-back validation set as a percentage or as a number of images.</source>
        <translation>Indica el conjunto de validación reservado como porcentaje o como número de imágenes.</translation>
    </message>
    <message>
        <source>Validation unit</source>
        <translation>Unidad de validación</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Add pen-drawn digits</source>
        <translation>Añadir dígitos dibujados con lápiz</translation>
    </message>
    <message>
        <source>Distort training digits</source>
        <translation>Deformar los dígitos de entrenamiento</translation>
    </message>
    <message>
        <source>Pen-drawn digits need a dataset of the digits 0–9.</source>
        <translation>Los dígitos dibujados con lápiz necesitan un conjunto de datos de los dígitos 0–9.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation>Factor de decaimiento</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>Drawn digits</source>
        <translation>Dígitos dibujados</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>This copy of DigitLab runs from source, so it has no {file}: installers generate it when they are built (packaging/notices.py). DigitLab itself is MIT licensed; each library it uses carries its own licence in your Python environment.</source>
        <translation>Esta copia de DigitLab se ejecuta desde el código fuente, así que no tiene {file}: los instaladores lo generan al compilarse (packaging/notices.py). DigitLab tiene licencia MIT; cada biblioteca que usa incluye su propia licencia en tu entorno de Python.</translation>
    </message>
    <message>
        <source>Draw a digit and watch a multilayer perceptron read it live.</source>
        <translation>Dibuja un dígito y mira cómo un perceptrón multicapa lo lee en directo.</translation>
    </message>
    <message>
        <source>Active model trained with {libraries}</source>
        <translation>Modelo activo entrenado con {libraries}</translation>
    </message>
    <message>
        <source>About DigitLab</source>
        <translation>Acerca de DigitLab</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licencias…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation>No se puede leer la imagen</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Abierto: {path}</translation>
    </message>
    <message>
        <source>The guide is the README.md of DigitLab&apos;s source; this installation does not carry a copy.</source>
        <translation>La guía es el README.md del código fuente de DigitLab; esta instalación no incluye una copia.</translation>
    </message>
    <message>
        <source>DigitLab guide</source>
        <translation>Guía de DigitLab</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Open a model to read digits (File ▸ Open model…)</source>
        <translation>Abre un modelo para leer dígitos (Archivo ▸ Abrir modelo…)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>No se puede guardar el modelo</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>No se puede abrir el modelo</translation>
    </message>
    <message>
        <source>The model used last, {last}, is gone or unreadable: reading with {default}.</source>
        <translation>El último modelo usado, {last}, ya no existe o no se puede leer: se lee con {default}.</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nada que guardar</translation>
    </message>
    <message>
        <source>This network is still training: save it when the run ends.</source>
        <translation>Esta red todavía se está entrenando: guárdala cuando termine la ejecución.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>No se puede guardar ahora</translation>
    </message>
    <message>
        <source>Wait until the last save ends.</source>
        <translation>Espera a que termine el último guardado.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Guardando {path}…</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>Read digits with a saved Keras model</source>
        <translation>Leer dígitos con un modelo de Keras guardado</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>Abrir &amp;imagen…</translation>
    </message>
    <message>
        <source>Put a picture of a digit on the canvas for the network to read</source>
        <translation>Poner en el lienzo una imagen de un dígito para que la red la lea</translation>
    </message>
    <message>
        <source>&amp;Draw a sample digit</source>
        <translation>&amp;Dibujar un dígito de muestra</translation>
    </message>
    <message>
        <source>Put a digit a person drew on the canvas for the network to read</source>
        <translation>Poner en el lienzo un dígito que dibujó una persona para que la red lo lea</translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation>&amp;Guardar modelo como…</translation>
    </message>
    <message>
        <source>Keep a copy of the model in use</source>
        <translation>Guardar una copia del modelo en uso</translation>
    </message>
    <message>
        <source>Back to the previous model</source>
        <translation>Volver al modelo anterior</translation>
    </message>
    <message>
        <source>Read with the model used before this one</source>
        <translation>Leer con el modelo usado antes de este</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Deshacer el último trazo</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Limpiar el lienzo</translation>
    </message>
    <message>
        <source>DigitLab &amp;guide</source>
        <translation>&amp;Guía de DigitLab</translation>
    </message>
    <message>
        <source>How to draw, train, look inside and teach</source>
        <translation>Cómo dibujar, entrenar, mirar dentro y enseñar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every key DigitLab answers to</source>
        <translation>Todas las teclas a las que responde DigitLab</translation>
    </message>
    <message>
        <source>&amp;About DigitLab</source>
        <translation>&amp;Acerca de DigitLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Grosor del lápiz</translation>
    </message>
    <message>
        <source>Pen width (the digit is scaled to MNIST&apos;s size, so this sets how bold the stroke looks to the network)</source>
        <translation>Grosor del lápiz (el dígito se escala al tamaño de MNIST, así que esto fija lo grueso que ve la red el trazo)</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Volver a {name}</translation>
    </message>
    <message>
        <source>The canvas is now read by {name}: draw a digit to try it.</source>
        <translation>Ahora {name} lee el lienzo: dibuja un dígito para probarlo.</translation>
    </message>
    <message>
        <source>Could not open {path}: {error}</source>
        <translation>No se pudo abrir {path}: {error}</translation>
    </message>
    <message>
        <source>DigitLab — {name}</source>
        <translation>DigitLab — {name}</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Guardar modelo como</translation>
    </message>
    <message>
        <source>A {digit} drawn by a writer DigitLab never trained on</source>
        <translation>Un {digit} dibujado por un autor con el que DigitLab nunca se entrenó</translation>
    </message>
</context>
</TS>
