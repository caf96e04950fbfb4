<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Active</name>
    <message>
        <source>test accuracy {value}</source>
        <translation>exactitude de test {value}</translation>
    </message>
    <message>
        <source>drawn digits by new writers {value}</source>
        <translation>chiffres dessinés par de nouvelles personnes {value}</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen</source>
        <translation>entraîné sur {dataset} + stylet</translation>
    </message>
    <message>
        <source>trained on {dataset} + scans</source>
        <translation>entraîné sur {dataset} + scans</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen + scans</source>
        <translation>entraîné sur {dataset} + stylet + scans</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modèle&#xa0;: {name}</translation>
    </message>
    <message>
        <source>trained on {dataset}</source>
        <translation>entraîné sur le jeu de données {dataset}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Fichiers de modèle</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The window follows the system&apos;s language: {language}.</source>
        <translation>La fenêtre suit la langue du système&#xa0;: {language}.</translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>La fenêtre est maintenant en {language}.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>The platform&apos;s colours; high contrast when the platform asks for it</source>
        <translation>Les couleurs de la plateforme&#x202f;; contraste élevé quand la plateforme le demande</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Suivre l&apos;apprentissage</translation>
    </message>
    <message>
        <source>While training runs, the canvas reads your drawing with the newest weights (twice a second), and the Weights tab shows them: draw a digit and watch the answer sharpen.</source>
        <translation>Pendant l&apos;entraînement, la zone de dessin lit votre dessin avec les poids les plus récents (deux fois par seconde), et l&apos;onglet Poids les affiche&#xa0;: dessinez un chiffre et regardez la réponse s&apos;affiner.</translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <source>No answer: the model&apos;s outputs are not numbers (its weights have diverged)</source>
        <translation>Pas de réponse&#xa0;: les sorties du modèle ne sont pas des nombres (ses poids ont divergé)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zéro</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Un</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Deux</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Trois</translation>
    </message>
    <message>
        <source>Four</source>
        <translation>Quatre</translation>
    </message>
    <message>
        <source>Five</source>
        <translation>Cinq</translation>
    </message>
    <message>
        <source>Six</source>
        <translation>Six</translation>
    </message>
    <message>
        <source>Seven</source>
        <translation>Sept</translation>
    </message>
    <message>
        <source>Eight</source>
        <translation>Huit</translation>
    </message>
    <message>
        <source>Nine</source>
        <translation>Neuf</translation>
    </message>
    <message>
        <source>{answer}, {percent} sure</source>
        <translation>{answer}, sûr à {percent}</translation>
    </message>
    <message>
        <source>Draw a digit here
or drop an image</source>
        <translation>Dessinez un chiffre ici
ou déposez une image</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop or open an image. Clear wipes it, Undo takes back the last stroke. The answer is read out after each stroke.</source>
        <translation>Dessinez un chiffre à la souris, au stylet ou au doigt, ou déposez ou ouvrez une image. Effacer l&apos;efface, Annuler retire le dernier trait. La réponse est lue après chaque trait.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop an image here</source>
        <translation>Dessinez un chiffre à la souris, au stylet ou au doigt, ou déposez une image ici</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>l&apos;image déposée</translation>
    </message>
    <message>
        <source>nothing Qt could decode</source>
        <translation>rien que Qt puisse décoder</translation>
    </message>
    <message>
        <source>cannot read this image: expected a picture in {source}, found {found}</source>
        <translation>impossible de lire cette image&#xa0;: image attendue dans {source}, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>The 28×28 image the network reads: your drawing cropped, scaled into a 20-pixel box and centred by its centre of mass, as MNIST digits are</source>
        <translation>L&apos;image 28×28 que lit le réseau&#xa0;: votre dessin recadré, mis à l&apos;échelle dans un carré de 20 pixels et centré sur son centre de masse, comme les chiffres MNIST</translation>
    </message>
    <message>
        <source>Network input</source>
        <translation>Entrée du réseau</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>sûr à {percent}</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilités</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}&#xa0;: {percent}</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Draw a digit to look inside the network.</source>
        <translation>Dessinez un chiffre pour regarder à l&apos;intérieur du réseau.</translation>
    </message>
    <message>
        <source>Nothing to show: the network&apos;s values are not numbers (its weights diverged).</source>
        <translation>Rien à afficher&#xa0;: les valeurs du réseau ne sont pas des nombres (ses poids ont divergé).</translation>
    </message>
    <message>
        <source>One square per unit (neuron), always in the same place: red when it fires for your drawing, the stronger the redder; white when silent, blue below zero.</source>
        <translation>Un carré par unité (neurone), toujours au même endroit&#xa0;: rouge quand elle s&apos;active pour votre dessin, d&apos;autant plus rouge qu&apos;elle s&apos;active fort&#x202f;; blanc quand elle est silencieuse, bleu sous zéro.</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>À l&apos;intérieur du réseau</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>Qu&apos;est-ce que je regarde&#x202f;?</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unités</translation>
    </message>
    <message>
        <source>Why “{name}”?</source>
        <translation>Pourquoi «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Red ink raises the network&apos;s score for “{name}”, blue ink lowers it: each pixel&apos;s ink times how strongly the score reacts to it.</source>
        <translation>L&apos;encre rouge augmente le score du réseau pour «&#xa0;{name}&#xa0;», l&apos;encre bleue le diminue&#xa0;: l&apos;encre de chaque pixel multipliée par la force avec laquelle le score y réagit.</translation>
    </message>
    <message>
        <source>Strongest units of {layer}</source>
        <translation>Unités les plus fortes de la couche {layer}</translation>
    </message>
    <message>
        <source>The weights of the {count} units of {layer} that fire most, laid out like the image, with your drawing shaded over them: each adds up the ink on its red weights and takes away the ink on its blue ones.</source>
        <translation>Les poids des {count} unités de la couche {layer} les plus actives, disposés comme l&apos;image, avec votre dessin en ombre par-dessus&#xa0;: chacune additionne l&apos;encre sur ses poids rouges et retranche l&apos;encre sur ses poids bleus.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}</source>
        <translation>Couche {layer}, unité {unit}</translation>
    </message>
    <message>
        <source>Fires {value} and supports “{name}” most. Ink on its red pixels excites it, ink on blue ones holds it back. Point at any unit to see it here.</source>
        <translation>S&apos;active à {value} et soutient surtout «&#xa0;{name}&#xa0;». L&apos;encre sur ses pixels rouges l&apos;excite, l&apos;encre sur les bleus la freine. Pointez n&apos;importe quelle unité pour la voir ici.</translation>
    </message>
    <message>
        <source>Views of the answer</source>
        <translation>Vues de la réponse</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What the network answers</source>
        <translation>Ce que répond le réseau</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Intérieur</translation>
    </message>
    <message>
        <source>What happens inside the network as it reads</source>
        <translation>Ce qui se passe dans le réseau pendant qu&apos;il lit</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>What the units of the first layer look for</source>
        <translation>Ce que cherchent les unités de la première couche</translation>
    </message>
    <message>
        <source>Open a model to see its first layer&apos;s weights.</source>
        <translation>Ouvrez un modèle pour voir les poids de sa première couche.</translation>
    </message>
    <message>
        <source>This model&apos;s first layer does not read the 28×28 pixels directly.</source>
        <translation>La première couche de ce modèle ne lit pas directement les 28×28 pixels.</translation>
    </message>
    <message>
        <source>Each of the {units} units of {layer} as its 784 weights, laid out like the image: ink on red weights excites the unit, ink on blue ones inhibits it (each image scaled to its own strongest weight). Train with “{option}” to see them grow from noise into strokes.</source>
        <translation>Chacune des {units} unités de la couche {layer} sous forme de ses 784 poids, disposés comme l&apos;image&#xa0;: l&apos;encre sur les poids rouges excite l&apos;unité, l&apos;encre sur les bleus l&apos;inhibe (chaque image est mise à l&apos;échelle de son poids le plus fort). Entraînez avec «&#xa0;{option}&#xa0;» pour les voir passer du bruit à des traits.</translation>
    </message>
    <message>
        <source>Point at a unit to read it.</source>
        <translation>Pointez une unité pour la lire.</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Poids de la première couche</translation>
    </message>
    <message>
        <source>How large each weight image is drawn</source>
        <translation>Taille d&apos;affichage de chaque image de poids</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Weights of the first layer&apos;s units</source>
        <translation>Poids des unités de la première couche</translation>
    </message>
    <message>
        <source>Unit {unit}: {low} to {high}</source>
        <translation>Unité {unit}&#xa0;: de {low} à {high}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A question to think about</source>
        <translation>Une question à méditer</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Étapes de la leçon</translation>
    </message>
    <message>
        <source>Each step, ticked once DigitLab sees you have done it; choose one to read it.</source>
        <translation>Chaque étape, cochée dès que DigitLab voit que vous l&apos;avez faite&#x202f;; choisissez-en une pour la lire.</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texte de l&apos;étape</translation>
    </message>
    <message>
        <source>◂ All lessons</source>
        <translation>◂ Toutes les leçons</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Retour</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Le faire</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Suivant ▸</translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>Toutes les leçons</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Carry out this step for you, in the part of DigitLab it is about.</source>
        <translation>Effectuer cette étape à votre place, dans la partie de DigitLab qu&apos;elle concerne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · about {minutes} min</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · environ {minutes} min</translation>
    </message>
    <message>
        <source>Step {number}, done: {title}</source>
        <translation>Étape {number}, faite&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Step {number}, to do: {title}</source>
        <translation>Étape {number}, à faire&#xa0;: {title}</translation>
    </message>
    <message>
        <source>DigitLab lessons ({patterns})</source>
        <translation>Leçons DigitLab ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>That part of DigitLab is not available here (hidden by the policy of this computer).</source>
        <translation>Cette partie de DigitLab n&apos;est pas disponible ici (masquée par les règles de cet ordinateur).</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Each lesson with its length and the steps done; Enter opens it.</source>
        <translation>Chaque leçon avec sa durée et les étapes faites&#x202f;; Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Guided lessons: train, compare, look inside, teach</source>
        <translation>Leçons guidées&#xa0;: entraîner, comparer, regarder à l&apos;intérieur, enseigner</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>Guided lessons, one step at a time</source>
        <translation>Leçons guidées, une étape à la fois</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Ouvrir une &amp;leçon…</translation>
    </message>
    <message>
        <source>Open a lesson file ({suffix}) a teacher shared</source>
        <translation>Ouvrir un fichier de leçon ({suffix}) partagé par un enseignant</translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {done}/{steps} done
{summary}</source>
        <translation>{title}  ·  {minutes} min  ·  {done}/{steps} faites
{summary}</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Impossible d&apos;ouvrir la leçon</translation>
    </message>
    <message>
        <source>Pick a lesson. Each is a few short steps; DigitLab ticks a step when you have done it, and remembers where you were.</source>
        <translation>Choisissez une leçon. Chacune compte quelques étapes courtes&#x202f;; DigitLab coche une étape quand vous l&apos;avez faite et se souvient où vous en étiez.</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Ouvrir un fichier de leçon…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Lessons cannot read your history: {error}</source>
        <translation>Les leçons ne peuvent pas lire votre historique&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>{ending} Not recorded in the run history: {problem}</source>
        <translation>{ending} Non enregistré dans l&apos;historique des essais&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Keeping the adapted network…</source>
        <translation>Conservation du réseau adapté…</translation>
    </message>
    <message>
        <source>Neurons in this layer: more can learn finer patterns, but cost more time and overfit more easily.</source>
        <translation>Neurones de cette couche&#xa0;: davantage peuvent apprendre des motifs plus fins, mais coûtent plus de temps et font plus facilement du surapprentissage.</translation>
    </message>
    <message>
        <source>The non-linearity each neuron applies to its weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation>La non-linéarité que chaque neurone applique à sa somme pondérée&#x202f;; sans elle, des couches empilées se réduisent à une seule application linéaire.</translation>
    </message>
    <message>
        <source>Fraction of this layer&apos;s outputs switched off at random in each training step, so the network cannot rely on any single neuron (less overfitting).</source>
        <translation>Fraction des sorties de cette couche désactivées au hasard à chaque pas d&apos;entraînement, pour que le réseau ne puisse dépendre d&apos;aucun neurone en particulier (moins de surapprentissage).</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: Glorot suits tanh/sigmoid, He suits ReLU; a poor choice makes deep nets start slowly or diverge.</source>
        <translation>Comment les poids de départ sont tirés&#xa0;: Glorot convient à tanh/sigmoïde, He à ReLU&#x202f;; un mauvais choix fait démarrer lentement ou diverger les réseaux profonds.</translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss: keeps weights small, which smooths the decision boundary and reduces overfitting (0 = off).</source>
        <translation>Pénalité sur les grands poids ajoutée à la perte&#xa0;: garde les poids petits, ce qui lisse la frontière de décision et réduit le surapprentissage (0 = désactivée).</translation>
    </message>
    <message>
        <source>pixels 0…1</source>
        <translation>pixels 0…1</translation>
    </message>
    <message>
        <source>standardized (mean 0, std 1)</source>
        <translation>standardisés (moyenne 0, écart type 1)</translation>
    </message>
    <message>
        <source>What the network sees: pixels in 0…1, or standardized to mean 0 and standard deviation 1 (helps SGD with tanh layers).</source>
        <translation>Ce que voit le réseau&#xa0;: des pixels dans 0…1, ou standardisés à une moyenne de 0 et un écart type de 1 (aide SGD avec des couches tanh).</translation>
    </message>
    <message>
        <source>Outputs of the softmax layer, one per class: the dataset decides it.</source>
        <translation>Sorties de la couche softmax, une par classe&#xa0;: c&apos;est le jeu de données qui en décide.</translation>
    </message>
    <message>
        <source>Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke width) so the network learns digits as people really draw them.</source>
        <translation>Déformer à nouveau chaque lot d&apos;entraînement (décaler, tourner, redimensionner, cisailler, courber, épaisseur du trait) pour que le réseau apprenne les chiffres tels que les gens les dessinent vraiment.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Largest move of a digit up, down or sideways: people seldom draw in the centre.</source>
        <translation>Plus grand déplacement d&apos;un chiffre vers le haut, le bas ou le côté&#xa0;: on dessine rarement au centre.</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>degrés</translation>
    </message>
    <message>
        <source>Largest tilt either way: handwriting leans.</source>
        <translation>Plus grande rotation dans un sens ou dans l&apos;autre&#xa0;: l&apos;écriture penche.</translation>
    </message>
    <message>
        <source>Largest change of size, as a fraction (0.12 = up to 12% larger or smaller).</source>
        <translation>Plus grand changement de taille, en fraction (0,12 = jusqu&apos;à 12&#x202f;% plus grand ou plus petit).</translation>
    </message>
    <message>
        <source>Largest slant, as columns shifted per row: upright and italic writers differ.</source>
        <translation>Plus grande inclinaison, en colonnes décalées par ligne&#xa0;: les personnes qui écrivent droit et celles qui écrivent penché diffèrent.</translation>
    </message>
    <message>
        <source>How far the elastic distortion bends strokes, like an unsteady hand (0 = none).</source>
        <translation>Amplitude avec laquelle la déformation élastique courbe les traits, comme une main tremblante (0 = aucune).</translation>
    </message>
    <message>
        <source>How smooth that bending is: small values wobble, large ones bend whole strokes.</source>
        <translation>Douceur de cette courbure&#xa0;: les petites valeurs font trembler, les grandes courbent des traits entiers.</translation>
    </message>
    <message>
        <source>Share of images whose stroke is made a pixel thicker or thinner, like another pen.</source>
        <translation>Part des images dont le trait est épaissi ou aminci d&apos;un pixel, comme avec un autre stylo.</translation>
    </message>
    <message>
        <source>Chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1, hooked 9).</source>
        <translation>Probabilité qu&apos;un 1 ou un 9 soit montré dans le style absent de MNIST (1 à drapeau, 9 à crochet).</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates: SGD takes plain steps, Adam and RMSprop adapt the step size for each weight.</source>
        <translation>La règle qui transforme les gradients en mises à jour des poids&#xa0;: SGD fait des pas simples, Adam et RMSprop adaptent la taille du pas pour chaque poids.</translation>
    </message>
    <message>
        <source>How big a step each update takes: too small learns slowly, too large overshoots and the loss explodes.</source>
        <translation>Taille du pas de chaque mise à jour&#xa0;: trop petit, l&apos;apprentissage est lent&#x202f;; trop grand, il dépasse le but et la perte explose.</translation>
    </message>
    <message>
        <source>Keeps a running direction of past updates so SGD rolls through small bumps and noise (0 = none; 0.9 is typical).</source>
        <translation>Garde une direction moyenne des mises à jour passées pour que SGD roule par-dessus les petites bosses et le bruit (0 = aucun&#x202f;; 0,9 est typique).</translation>
    </message>
    <message>
        <source>Nesterov momentum looks ahead along the running direction before computing the gradient, which usually converges a little faster.</source>
        <translation>Le momentum de Nesterov regarde en avant dans la direction moyenne avant de calculer le gradient, ce qui converge en général un peu plus vite.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>cosine decay to 0</source>
        <translation>décroissance cosinus jusqu&apos;à 0</translation>
    </message>
    <message>
        <source>exponential decay per epoch</source>
        <translation>décroissance exponentielle par époque</translation>
    </message>
    <message>
        <source>How the learning rate changes during training: big steps early and smaller ones later often end at a better minimum.</source>
        <translation>Comment le taux d&apos;apprentissage évolue pendant l&apos;entraînement&#xa0;: de grands pas au début puis de plus petits mènent souvent à un meilleur minimum.</translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by after every epoch (exponential schedule).</source>
        <translation>Facteur par lequel le taux d&apos;apprentissage est multiplié après chaque époque (planification exponentielle).</translation>
    </message>
    <message>
        <source>Images per weight update: small batches give noisy but frequent updates, large batches smooth but fewer updates per epoch.</source>
        <translation>Images par mise à jour des poids&#xa0;: les petits lots donnent des mises à jour bruitées mais fréquentes, les grands lots des mises à jour lisses mais moins nombreuses par époque.</translation>
    </message>
    <message>
        <source>How many times training goes through the whole training set.</source>
        <translation>Nombre de fois où l&apos;entraînement parcourt tout le jeu d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Training images held back to check the network on data it does not learn from (a fraction up to half, or a number of images): when validation loss rises while training loss falls, it overfits.</source>
        <translation>Images d&apos;entraînement mises de côté pour vérifier le réseau sur des données dont il n&apos;apprend pas (une fraction jusqu&apos;à la moitié, ou un nombre d&apos;images)&#xa0;: quand la perte de validation monte alors que la perte d&apos;entraînement baisse, il fait du surapprentissage.</translation>
    </message>
    <message>
        <source>Seeds the random start weights, shuffling and dropout, so the same settings give the same run again.</source>
        <translation>Graine des poids de départ aléatoires, du mélange et du dropout&#xa0;: les mêmes réglages redonnent le même essai.</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs and keep the best weights (0 = off: train every epoch).</source>
        <translation>Arrêter quand la perte de validation ne s&apos;est pas améliorée depuis ce nombre d&apos;époques et garder les meilleurs poids (0 = désactivé&#xa0;: entraîner toutes les époques).</translation>
    </message>
    <message>
        <source>Also train on digits drawn with a pen by 24 writers, each re-rendered as on the canvas at a random place, size, pen width and slant: it teaches the network how people draw rather than how MNIST was scanned. Digit datasets only; six more writers are never trained on, to measure with.</source>
        <translation>Entraîner aussi sur des chiffres dessinés au stylet par 24 personnes, chacun redessiné comme sur la zone de dessin avec une position, une taille, une épaisseur de trait et une inclinaison aléatoires&#xa0;: le réseau apprend ainsi comment les gens dessinent plutôt que comment MNIST a été numérisé. Jeux de données de chiffres uniquement&#x202f;; six autres personnes ne servent jamais à l&apos;entraînement, pour mesurer.</translation>
    </message>
    <message>
        <source>Random renderings of each pen-drawn digit added to the training images (about 6,000 digits each time).</source>
        <translation>Rendus aléatoires de chaque chiffre dessiné au stylet ajoutés aux images d&apos;entraînement (environ 6 000 chiffres à chaque fois).</translation>
    </message>
    <message>
        <source>Share of the training digits added once more as a scanner or a phone camera would give them (blurred, thickened, cropped, photographed, postal 16×16 or 8×8), so learning the canvas&apos;s sharp strokes does not cost the scans. Digit datasets only.</source>
        <translation>Part des chiffres d&apos;entraînement ajoutée une fois de plus telle qu&apos;un scanner ou l&apos;appareil photo d&apos;un téléphone la donnerait (flous, épaissis, recadrés, photographiés, postaux 16×16 ou 8×8), pour qu&apos;apprendre les traits nets de la zone de dessin ne coûte pas les scans. Jeux de données de chiffres uniquement.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T-shirt/haut</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalon</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Robe</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Manteau</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Chemise</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Basket</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Bottine</translation>
    </message>
    <message>
        <source>unknown dataset {spec}: expected one of {known} or a folder of IDX files, and no folder {folder} exists</source>
        <translation>jeu de données inconnu {spec}&#xa0;: l&apos;un de {known} ou un dossier de fichiers IDX attendu, et le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{name} was not found in {folder} or {cache}: pass a folder holding its four IDX files ({files}), or allow downloading it</source>
        <translation>{name} est introuvable dans {folder} et dans {cache}&#xa0;: indiquez un dossier contenant ses quatre fichiers IDX ({files}) ou autorisez son téléchargement</translation>
    </message>
    <message>
        <source>{name} is not here and downloads are switched off by the policy of this computer ({policy}): pass a folder holding its four IDX files ({files})</source>
        <translation>{name} n&apos;est pas ici et les règles de cet ordinateur interdisent les téléchargements ({policy})&#xa0;: indiquez un dossier contenant ses quatre fichiers IDX ({files})</translation>
    </message>
    <message>
        <source>downloading {name} through keras.datasets failed: {reason}</source>
        <translation>le téléchargement de {name} par keras.datasets a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{folder}: expected a folder of IDX files, but it is not a folder</source>
        <translation>{folder}&#xa0;: dossier de fichiers IDX attendu, mais ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>{folder}: expected the four IDX files {files} (each raw or .gz); not found: {missing}</source>
        <translation>{folder}&#xa0;: les quatre fichiers IDX {files} (bruts ou .gz) sont attendus&#x202f;; introuvables&#xa0;: {missing}</translation>
    </message>
    <message>
        <source>{path}: expected images of shape (N, 28, 28), found {shape}</source>
        <translation>{path}&#xa0;: images de forme (N, 28, 28) attendues, trouvé&#xa0;: {shape}</translation>
    </message>
    <message>
        <source>{path}: expected labels of shape (N,), found {shape}</source>
        <translation>{path}&#xa0;: étiquettes de forme (N,) attendues, trouvé&#xa0;: {shape}</translation>
    </message>
    <message>
        <source>{images_path} holds {images} images but {labels_path} holds {labels} labels; expected the same number</source>
        <translation>{images_path} contient {images} images mais {labels_path} contient {labels} étiquettes&#x202f;; le même nombre est attendu</translation>
    </message>
    <message>
        <source>{path}: expected labels 0..{last} (one per class name), found label {found}</source>
        <translation>{path}&#xa0;: étiquettes 0..{last} attendues (une par nom de classe), trouvé l&apos;étiquette {found}</translation>
    </message>
    <message>
        <source>TF.js layers model (folder)</source>
        <translation>Modèle TF.js layers (dossier)</translation>
    </message>
    <message>
        <source>LiteRT (TensorFlow Lite)</source>
        <translation>LiteRT (TensorFlow Lite)</translation>
    </message>
    <message>
        <source>Web page (one file, offline)</source>
        <translation>Page web (un seul fichier, hors ligne)</translation>
    </message>
    <message>
        <source>{out} is a file; the TF.js format writes a folder (model.json and weight shards): expected a folder name</source>
        <translation>{out} est un fichier&#x202f;; le format TF.js écrit un dossier (model.json et fragments de poids)&#xa0;: nom de dossier attendu</translation>
    </message>
    <message>
        <source>{out} is a folder; expected a file name ending in {suffix}</source>
        <translation>{out} est un dossier&#x202f;; nom de fichier se terminant par {suffix} attendu</translation>
    </message>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>son dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write {out}: {why}</source>
        <translation>impossible d&apos;écrire {out}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{out} was written but cannot be read back as {format}: {reason}</source>
        <translation>{out} a été écrit mais ne peut pas être relu comme {format}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the export to {out} stopped: its process ended unexpectedly (out of memory?)</source>
        <translation>l&apos;export vers {out} s&apos;est arrêté&#xa0;: son processus s&apos;est terminé de façon inattendue (mémoire épuisée&#x202f;?)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>early stopped</source>
        <translation>arrêté tôt</translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation>perte non numérique</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>Next Tech tutorial</source>
        <translation>Tutoriel Next Tech</translation>
    </message>
    <message>
        <source>784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels.</source>
        <translation>MLP 784-50-50-10 tanh entraîné par SGD avec momentum sur des pixels standardisés.</translation>
    </message>
    <message>
        <source>Next Tech, &apos;Building an MLP with Keras&apos; (test accuracy 96.27%)</source>
        <translation>Next Tech, «&#xa0;Building an MLP with Keras&#xa0;» (exactitude de test 96,27&#x202f;%)</translation>
    </message>
    <message>
        <source>Géron ch.10</source>
        <translation>Géron chap. 10</translation>
    </message>
    <message>
        <source>Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10.</source>
        <translation>Classifieur Flatten-300-100-10 ReLU tiré de Hands-On Machine Learning, chap. 10.</translation>
    </message>
    <message>
        <source>A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)</source>
        <translation>A. Géron, Hands-On Machine Learning, 2e éd., chap. 10 (Fashion-MNIST 88,6&#x202f;%)</translation>
    </message>
    <message>
        <source>Keras mnist_mlp</source>
        <translation>Keras mnist_mlp</translation>
    </message>
    <message>
        <source>The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop.</source>
        <translation>L&apos;exemple Keras classique&#xa0;: 512-512 ReLU avec dropout 0,2, RMSprop.</translation>
    </message>
    <message>
        <source>keras/examples/mnist_mlp.py (test accuracy 98.40%)</source>
        <translation>keras/examples/mnist_mlp.py (exactitude de test 98,40&#x202f;%)</translation>
    </message>
    <message>
        <source>DigitLab best</source>
        <translation>DigitLab optimal</translation>
    </message>
    <message>
        <source>768-768 ReLU with dropout, Adam with cosine decay, trained on MNIST, on pen-drawn digits by 24 writers and on MNIST digits as scanners and phone cameras give them, distorted afresh each batch (shift, rotation, scale, shear, elastic, stroke thickness, flagged 1s and hooked 9s), so it reads digits as people draw, scan and photograph them.</source>
        <translation>768-768 ReLU avec dropout, Adam avec décroissance cosinus, entraîné sur MNIST, sur des chiffres dessinés au stylet par 24 personnes et sur des chiffres MNIST tels que les donnent les scanners et les appareils photo des téléphones, déformés à nouveau à chaque lot (décalage, rotation, échelle, cisaillement, élastique, épaisseur du trait, 1 à drapeau et 9 à crochet), pour qu&apos;il lise les chiffres comme les gens les dessinent, les scannent et les photographient.</translation>
    </message>
    <message>
        <source>DigitLab best (Fashion)</source>
        <translation>DigitLab optimal (Fashion)</translation>
    </message>
    <message>
        <source>1024-1024 ReLU with dropout 0.3, Adam with cosine decay, 30 epochs: the widest plain MLP that trains in minutes on two cores. Clothes are not distorted: shifted or scaled, they read worse (tried on 5,000 validation images).</source>
        <translation>1024-1024 ReLU avec dropout 0,3, Adam avec décroissance cosinus, 30 époques : le MLP simple le plus large qui s&apos;entraîne en quelques minutes sur deux cœurs. Les vêtements ne sont pas déformés : décalés ou agrandis, ils sont moins bien lus (essayé sur 5 000 images de validation).</translation>
    </message>
    <message>
        <source>DigitLab (bench/accuracy.py measures it)</source>
        <translation>DigitLab (exactitude mesurée par bench/accuracy.py)</translation>
    </message>
    <message>
        <source>Scoring your drawings…</source>
        <translation>Évaluation de vos dessins…</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>Chargement de TensorFlow…</translation>
    </message>
    <message>
        <source>Keeping the trained network…</source>
        <translation>Conservation du réseau entraîné…</translation>
    </message>
    <message>
        <source>Stopped before training began.</source>
        <translation>Arrêté avant le début de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Nothing was kept: the model it started from is as it was.</source>
        <translation>Rien n&apos;a été gardé&#xa0;: le modèle de départ est resté tel quel.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>L&apos;entraînement a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Préparation des données…</translation>
    </message>
    <message>
        <source>Training could not start: {error}</source>
        <translation>L&apos;entraînement n&apos;a pas pu commencer&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Evaluating on the test set…</source>
        <translation>Évaluation sur le jeu de test…</translation>
    </message>
    <message>
        <source>Reading digits drawn by new writers…</source>
        <translation>Lecture des chiffres dessinés par de nouvelles personnes…</translation>
    </message>
    <message>
        <source>The weights from before the divergence were kept.</source>
        <translation>Les poids d&apos;avant la divergence ont été gardés.</translation>
    </message>
    <message>
        <source>The loss became NaN at epoch {epoch}, batch {batch}: the weights diverged. Try a lower learning rate than {rate} (e.g. {lower}). {kept}</source>
        <translation>La perte est devenue NaN à l&apos;époque {epoch}, lot {batch}&#xa0;: les poids ont divergé. Essayez un taux d&apos;apprentissage plus bas que {rate} (par ex. {lower}). {kept}</translation>
    </message>
    <message>
        <source>The weights trained so far are kept.</source>
        <translation>Les poids entraînés jusqu&apos;ici sont gardés.</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after 1 step. {kept}</source>
        <translation>Arrêté à l&apos;époque {epoch}, après 1 pas. {kept}</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after {count} steps. {kept}</source>
        <translation>Arrêté à l&apos;époque {epoch}, après {count} pas. {kept}</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for 1 epoch, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Arrêt précoce après l&apos;époque {epoch}&#xa0;: la perte de validation ne s&apos;était pas améliorée depuis 1 époque, les meilleurs poids (perte de validation {loss}) ont donc été restaurés.</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for {count} epochs, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Arrêt précoce après l&apos;époque {epoch}&#xa0;: la perte de validation ne s&apos;était pas améliorée depuis {count} époques, les meilleurs poids (perte de validation {loss}) ont donc été restaurés.</translation>
    </message>
    <message>
        <source>Finished 1 epoch.</source>
        <translation>1 époque terminée.</translation>
    </message>
    <message>
        <source>Finished {count} epochs.</source>
        <translation>{count} époques terminées.</translation>
    </message>
    <message>
        <source>Training did not stop within {seconds} s, so its process was ended; nothing was kept.</source>
        <translation>L&apos;entraînement ne s&apos;est pas arrêté en {seconds} s, son processus a donc été terminé&#x202f;; rien n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <source>killed by {signal}, as when the system runs out of memory</source>
        <translation>tué par {signal}, comme lorsque le système manque de mémoire</translation>
    </message>
    <message>
        <source>killed by {signal}</source>
        <translation>tué par {signal}</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly ({how}); nothing was kept.</source>
        <translation>Le processus d&apos;entraînement s&apos;est terminé de façon inattendue ({how})&#x202f;; rien n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>{path}: the image is {width}×{height} pixels ({megapixels} megapixels); DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}&#xa0;: l&apos;image fait {width}×{height} pixels ({megapixels} mégapixels)&#x202f;; DigitLab lit des images de {limit} mégapixels au plus</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}&#xa0;: lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes)</source>
        <translation>{path}&#xa0;: le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>{path}: the image is over {megapixels} megapixels; DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}&#xa0;: l&apos;image dépasse {megapixels} mégapixels&#x202f;; DigitLab lit des images de {limit} mégapixels au plus</translation>
    </message>
    <message>
        <source>{path}: not a readable image (not a picture format DigitLab knows)</source>
        <translation>{path}&#xa0;: image illisible (format d&apos;image inconnu de DigitLab)</translation>
    </message>
    <message>
        <source>{path}: not a readable image ({reason})</source>
        <translation>{path}&#xa0;: image illisible ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>more while reading it</source>
        <translation>davantage à la lecture</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>autre chose qu&apos;un fichier</translation>
    </message>
    <message>
        <source>expected a regular file, found {found}</source>
        <translation>fichier ordinaire attendu, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected a file of at most {limit}, found {found}</source>
        <translation>fichier de {limit} au plus attendu, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} Mio</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{path}: expected a model file ending in {suffixes}, found the suffix {suffix}</source>
        <translation>{path}&#xa0;: fichier de modèle se terminant par {suffixes} attendu, trouvé l&apos;extension {suffix}</translation>
    </message>
    <message>
        <source>{source} expects inputs of shape {shape}; DigitLab feeds 28×28 images (input shape 28×28 or 784)</source>
        <translation>{source} attend des entrées de forme {shape}&#x202f;; DigitLab fournit des images 28×28 (forme d&apos;entrée 28×28 ou 784)</translation>
    </message>
    <message>
        <source>{source} has {units} output units; expected {classes}, one per class</source>
        <translation>{source} a {units} unités de sortie&#x202f;; {classes} attendues, une par classe</translation>
    </message>
    <message>
        <source>{source} has {units} output unit; a classifier needs at least 2</source>
        <translation>{source} a {units} unité de sortie&#x202f;; un classifieur en demande au moins 2</translation>
    </message>
    <message>
        <source>Model file {path} does not exist</source>
        <translation>Le fichier de modèle {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is a folder; expected a model file</source>
        <translation>{path} est un dossier&#x202f;; fichier de modèle attendu</translation>
    </message>
    <message>
        <source>a .keras zip archive</source>
        <translation>une archive zip .keras</translation>
    </message>
    <message>
        <source>a legacy HDF5 (.h5) model</source>
        <translation>un ancien modèle HDF5 (.h5)</translation>
    </message>
    <message>
        <source>{path} is not a Keras model: expected {expected}, found {found}</source>
        <translation>{path} n&apos;est pas un modèle Keras&#xa0;: {expected} attendu, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un fichier vide</translation>
    </message>
    <message>
        <source>a zip archive (a .keras model?)</source>
        <translation>une archive zip (un modèle .keras&#x202f;?)</translation>
    </message>
    <message>
        <source>a damaged or truncated zip archive</source>
        <translation>une archive zip endommagée ou tronquée</translation>
    </message>
    <message>
        <source>an HDF5 file (a legacy .h5 model?)</source>
        <translation>un fichier HDF5 (un ancien modèle .h5&#x202f;?)</translation>
    </message>
    <message>
        <source>data in an unknown format</source>
        <translation>des données dans un format inconnu</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Keras model: {reason}</source>
        <translation>{path} est endommagé ou n&apos;est pas un modèle Keras&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the plots</source>
        <translation>les graphiques</translation>
    </message>
    <message>
        <source>the drawings</source>
        <translation>les dessins</translation>
    </message>
    <message>
        <source>{out} already exists and is not a TF.js model folder; expected a new or empty folder, or one an earlier export wrote</source>
        <translation>{out} existe déjà et n&apos;est pas un dossier de modèle TF.js&#x202f;; dossier nouveau ou vide attendu, ou écrit par un export précédent</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>un modèle</translation>
    </message>
    <message>
        <source>the curves</source>
        <translation>les courbes</translation>
    </message>
    <message>
        <source>Cannot write {what}: expected a file name, got an empty one</source>
        <translation>Impossible d&apos;écrire {what}&#xa0;: nom de fichier attendu, il est vide</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {refusal}</source>
        <translation>Impossible d&apos;écrire {what} dans {path}&#xa0;: {refusal}</translation>
    </message>
    <message>
        <source>it is one of DigitLab&apos;s own data files; choose another name</source>
        <translation>c&apos;est l&apos;un des fichiers de données de DigitLab&#x202f;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>expected a new name or a regular file, found {kind}</source>
        <translation>nom nouveau ou fichier ordinaire attendu, trouvé&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>expected a name ending in {suffixes}, found {suffix}</source>
        <translation>nom se terminant par {suffixes} attendu, trouvé&#xa0;: {suffix}</translation>
    </message>
    <message>
        <source>{lost}: {reason}</source>
        <translation>{lost}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>this run is not recorded in the history</source>
        <translation>cet essai n&apos;est pas enregistré dans l&apos;historique</translation>
    </message>
    <message>
        <source>the history does not know how long this run was planned to be</source>
        <translation>l&apos;historique ne sait pas quelle durée était prévue pour cet essai</translation>
    </message>
    <message>
        <source>this run&apos;s epochs are only partly recorded in the history</source>
        <translation>les époques de cet essai ne sont enregistrées qu&apos;en partie dans l&apos;historique</translation>
    </message>
    <message>
        <source>this run stays unfinished in the history</source>
        <translation>cet essai reste inachevé dans l&apos;historique</translation>
    </message>
    <message>
        <source>the history does not know where this run&apos;s model was saved</source>
        <translation>l&apos;historique ne sait pas où le modèle de cet essai a été enregistré</translation>
    </message>
    <message>
        <source>the history does not keep this adaptation&apos;s scores</source>
        <translation>l&apos;historique ne garde pas les scores de cette adaptation</translation>
    </message>
    <message>
        <source>the end of this run is recorded, but not its last loss curve points: {reason}</source>
        <translation>la fin de cet essai est enregistrée, mais pas les derniers points de sa courbe de perte&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>run {id} is damaged in the history: {error}</source>
        <translation>l&apos;essai {id} est endommagé dans l&apos;historique&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the run history {path} is locked by another program ({error})</source>
        <translation>l&apos;historique des essais {path} est verrouillé par un autre programme ({error})</translation>
    </message>
    <message>
        <source>the run history {path} cannot be used: {error}</source>
        <translation>l&apos;historique des essais {path} est inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path} is not a DigitLab run history: {found}</source>
        <translation>{path} n&apos;est pas un historique des essais de DigitLab&#xa0;: {found}</translation>
    </message>
    <message>
        <source>the run history {path} is read-only and of schema {found}; this DigitLab reads schema {known} (it updates the file where it may write)</source>
        <translation>l&apos;historique des essais {path} est en lecture seule et de schéma {found}&#xa0;; ce DigitLab lit le schéma {known} (il met le fichier à jour là où il peut écrire)</translation>
    </message>
    <message>
        <source>it has tables of its own and no DigitLab schema version</source>
        <translation>il a ses propres tables et aucune version de schéma DigitLab</translation>
    </message>
    <message>
        <source>the run history {path} was written by a newer DigitLab (schema {found}; this one knows up to {known})</source>
        <translation>l&apos;historique des essais {path} a été écrit par un DigitLab plus récent (schéma {found}&#xa0;; celui-ci connaît jusqu&apos;au {known})</translation>
    </message>
    <message>
        <source>expected the tables {expected} with DigitLab&apos;s columns, found {found}</source>
        <translation>tables {expected} attendues avec les colonnes de DigitLab, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>there is no run {id} in the history (see: digitlab runs)</source>
        <translation>il n&apos;y a pas d&apos;essai {id} dans l&apos;historique (voir&#xa0;: digitlab runs)</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value}%</source>
        <translation>{value}&#x202f;%</translation>
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
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>No runs selected: select runs in the table to compare their curves.</source>
        <translation>Aucun essai sélectionné&#xa0;: sélectionnez des essais dans le tableau pour comparer leurs courbes.</translation>
    </message>
    <message>
        <source>Run {label}: no epoch recorded.</source>
        <translation>Essai {label}&#xa0;: aucune époque enregistrée.</translation>
    </message>
    <message>
        <source>Run {label}: after epoch {epoch} of {epochs}, loss {loss}, accuracy {accuracy}, validation loss {val_loss}, validation accuracy {val_accuracy}; test accuracy {test}.</source>
        <translation>Essai {label}&#xa0;: après l&apos;époque {epoch} sur {epochs}, perte {loss}, exactitude {accuracy}, perte de validation {val_loss}, exactitude de validation {val_accuracy}&#x202f;; exactitude de test {test}.</translation>
    </message>
    <message>
        <source>Curves as a table</source>
        <translation>Courbes en tableau</translation>
    </message>
    <message>
        <source>One row per epoch of each selected run: loss and accuracy on the training and validation images.</source>
        <translation>Une ligne par époque de chaque essai sélectionné&#xa0;: perte et exactitude sur les images d&apos;entraînement et de validation.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitude de validation</translation>
    </message>
    <message>
        <source>━━ training &amp;nbsp;&amp;nbsp; ╍╍ validation &amp;nbsp;&amp;nbsp; ★ test</source>
        <translation>━━ entraînement &amp;nbsp;&amp;nbsp; ╍╍ validation &amp;nbsp;&amp;nbsp; ★ test</translation>
    </message>
    <message>
        <source>Select runs in the table to compare their curves&lt;br&gt;(Ctrl- or Shift-click for several).</source>
        <translation>Sélectionnez des essais dans le tableau pour comparer leurs courbes&lt;br&gt;(Ctrl+clic ou Maj+clic pour plusieurs).</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>List every epoch&apos;s loss and accuracy of the selected runs instead of the plots.</source>
        <translation>Lister la perte et l&apos;exactitude de chaque époque des essais sélectionnés au lieu des graphiques.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Loss and accuracy curves of the selected runs</source>
        <translation>Courbes de perte et d&apos;exactitude des essais sélectionnés</translation>
    </message>
    <message>
        <source>…and {count} more selected: at most {most} are drawn.</source>
        <translation>… et {count} autres sélectionnés&#xa0;: {most} au plus sont tracés.</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>The run&apos;s number, as &apos;digitlab runs show ID&apos; knows it.</source>
        <translation>Le numéro de l&apos;essai, tel que le connaît «&#xa0;digitlab runs show ID&#xa0;».</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When the run started.</source>
        <translation>Quand l&apos;essai a commencé.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Layer sizes from input to output, and the hidden layers&apos; activation.</source>
        <translation>Tailles des couches de l&apos;entrée à la sortie, et activation des couches cachées.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Accuracy on the test images, never trained on.</source>
        <translation>Exactitude sur les images de test, jamais utilisées pour l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Dessinés</translation>
    </message>
    <message>
        <source>Accuracy on digits drawn by writers the network never saw (digit datasets).</source>
        <translation>Exactitude sur des chiffres dessinés par des personnes que le réseau n&apos;a jamais vues (jeux de données de chiffres).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Epochs trained.</source>
        <translation>Époques entraînées.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Training time, pauses left out.</source>
        <translation>Durée d&apos;entraînement, pauses exclues.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>What it was trained on.</source>
        <translation>Ce sur quoi il a été entraîné.</translation>
    </message>
    <message>
        <source>never ended (the program was closed or killed while it trained)</source>
        <translation>jamais terminé (le programme a été fermé ou tué pendant l&apos;entraînement)</translation>
    </message>
    <message>
        <source>its record in the history is damaged ({damage})</source>
        <translation>son entrée dans l&apos;historique est endommagée ({damage})</translation>
    </message>
    <message>
        <source>Adaptation {id}, {network} on {dataset}: {ended}.</source>
        <translation>Adaptation {id}, réseau {network} sur le jeu de données {dataset}&#xa0;: {ended}.</translation>
    </message>
    <message>
        <source>Run {id}, {network} on {dataset}: {ended}.</source>
        <translation>Essai {id}, réseau {network} sur le jeu de données {dataset}&#xa0;: {ended}.</translation>
    </message>
    <message>
        <source>Test score on {count} images.</source>
        <translation>Score de test sur {count} images.</translation>
    </message>
    <message>
        <source>Model: {path}</source>
        <translation>Modèle&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Model: not saved</source>
        <translation>Modèle&#xa0;: non enregistré</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Essais enregistrés</translation>
    </message>
    <message>
        <source>One row per training run, newest first. Select rows to draw their curves below; Shift or Ctrl with the arrow keys and Space selects several.</source>
        <translation>Une ligne par essai d&apos;entraînement, le plus récent en premier. Sélectionnez des lignes pour tracer leurs courbes ci-dessous&#x202f;; Maj ou Ctrl avec les flèches et Espace en sélectionnent plusieurs.</translation>
    </message>
    <message>
        <source>Run history: {message}</source>
        <translation>Historique des essais&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>Charger les réglages</translation>
    </message>
    <message>
        <source>Put this run&apos;s network, training settings and dataset on the Setup page, to train it again or vary it.</source>
        <translation>Placer le réseau, les réglages d&apos;entraînement et le jeu de données de cet essai sur la page Réglages, pour l&apos;entraîner à nouveau ou le faire varier.</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir le modèle</translation>
    </message>
    <message>
        <source>Read the canvas with the model this run saved.</source>
        <translation>Lire la zone de dessin avec le modèle enregistré par cet essai.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the selected run&apos;s curves as CSV, or the plots as an image.</source>
        <translation>Enregistrer les courbes de l&apos;essai sélectionné en CSV, ou les graphiques en image.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Forget the selected runs (their saved models stay).</source>
        <translation>Oublier les essais sélectionnés (leurs modèles enregistrés restent).</translation>
    </message>
    <message>
        <source>Curves as CSV…</source>
        <translation>Courbes en CSV…</translation>
    </message>
    <message>
        <source>Plots as PNG or SVG…</source>
        <translation>Graphiques en PNG ou SVG…</translation>
    </message>
    <message>
        <source>The settings of run {id} cannot be used: {error}</source>
        <translation>Les réglages de l&apos;essai {id} ne peuvent pas être utilisés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Settings of run #{id} ({network}, test {accuracy}).</source>
        <translation>Réglages de l&apos;essai n° {id} (réseau {network}, exactitude de test {accuracy}).</translation>
    </message>
    <message>
        <source>The run in progress is recorded until it ends; delete it afterwards.</source>
        <translation>L&apos;essai en cours est enregistré jusqu&apos;à sa fin&#x202f;; supprimez-le ensuite.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Supprimer les essais</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Exporter les courbes</translation>
    </message>
    <message>
        <source>CSV table ({patterns})</source>
        <translation>Tableau CSV ({patterns})</translation>
    </message>
    <message>
        <source>Saved the curves of run {id} to {path}.</source>
        <translation>Courbes de l&apos;essai {id} enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Save plots</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>Saved the plots to {path}.</source>
        <translation>Graphiques enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Forget run {numbers}? Saved model files are kept.</source>
        <translation>Oublier l&apos;essai {numbers}&#x202f;? Les fichiers de modèle enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>Forget {count} runs ({numbers})? Saved model files are kept.</source>
        <translation>Oublier {count} essais ({numbers})&#x202f;? Les fichiers de modèle enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>Deleted 1 run.</source>
        <translation>1 essai supprimé.</translation>
    </message>
    <message>
        <source>Deleted {count} runs.</source>
        <translation>{count} essais supprimés.</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>Image PNG ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>Dessin SVG ({patterns})</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Live weights have no file yet: export the network when its run ends.</source>
        <translation>Les poids en cours d&apos;entraînement n&apos;ont pas encore de fichier&#xa0;: exportez le réseau à la fin de son essai.</translation>
    </message>
    <message>
        <source>Cannot export model</source>
        <translation>Impossible d&apos;exporter le modèle</translation>
    </message>
    <message>
        <source>Wrote {format} to {path} ({size} MB); on {images} MNIST test images it gives the app&apos;s top class {same} of the time, probabilities within {difference}</source>
        <translation>{format} écrit dans {path} ({size} Mo)&#x202f;; sur {images} images de test MNIST, il donne la classe principale de l&apos;application dans {same} des cas, probabilités à {difference} près</translation>
    </message>
    <message>
        <source>&amp;Export model</source>
        <translation>&amp;Exporter le modèle</translation>
    </message>
    <message>
        <source>Cannot export now</source>
        <translation>Impossible d&apos;exporter maintenant</translation>
    </message>
    <message>
        <source>Wait until the last export ends.</source>
        <translation>Attendez la fin de la dernière exportation.</translation>
    </message>
    <message>
        <source>Exporting {name} as {format} to {path}…</source>
        <translation>Exportation de {name} en {format} vers {path}…</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Write the model in use as {format}, checked against DigitLab&apos;s own answers</source>
        <translation>Écrire le modèle utilisé en {format}, vérifié par rapport aux réponses de DigitLab</translation>
    </message>
    <message>
        <source>Export {format} into a new folder in</source>
        <translation>Exporter en {format} dans un nouveau dossier de</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
</context>
<context>
    <name>Teach</name>
    <message>
        <source>Adapting: epoch {epoch} of {epochs}, about {time} left</source>
        <translation>Adaptation&#xa0;: époque {epoch} sur {epochs}, encore environ {time}</translation>
    </message>
    <message>
        <source>Adapting failed: {error}</source>
        <translation>Échec de l&apos;adaptation&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation>Adapter à mon écriture</translation>
    </message>
    <message>
        <source>Adapting {model} to your {drawings}…</source>
        <translation>Adaptation du modèle {model} à vos dessins ({drawings})…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Back to {model}</source>
        <translation>Revenir au modèle {model}</translation>
    </message>
    <message>
        <source>{result}
{ending} Now reading with {model}.</source>
        <translation>{result}
{ending} Lecture désormais avec le modèle {model}.</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A {label}</source>
        <translation>Un {label}</translation>
    </message>
    <message>
        <source>A {label}, kept {time}</source>
        <translation>Un {label}, gardé le {time}</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Mes dessins</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected drawings ({key})</source>
        <translation>Supprimer les dessins sélectionnés ({key})</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add drawings from a JSON Lines file</source>
        <translation>Ajouter des dessins depuis un fichier JSON Lines</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save all drawings as JSON Lines (strokes and labels)</source>
        <translation>Enregistrer tous les dessins en JSON Lines (traits et étiquettes)</translation>
    </message>
    <message>
        <source>Export IDX…</source>
        <translation>Exporter en IDX…</translation>
    </message>
    <message>
        <source>Save all drawings as MNIST-style IDX images and labels</source>
        <translation>Enregistrer tous les dessins en images et étiquettes IDX façon MNIST</translation>
    </message>
    <message>
        <source>{drawings}; label one to keep it here</source>
        <translation>{drawings}&#x202f;; étiquetez un dessin pour le garder ici</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{drawings} ({per_digit})</source>
        <translation>{drawings} ({per_digit})</translation>
    </message>
    <message>
        <source>Delete {drawings}? This cannot be undone.</source>
        <translation>Supprimer ces dessins ({drawings})&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Saved {drawings} as {path}</source>
        <translation>Dessins enregistrés sous {path}&#xa0;: {drawings}</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Enregistré&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Dessins</translation>
    </message>
    <message>
        <source>The drawings you labelled, each as its digit; select some to delete them</source>
        <translation>Les dessins que vous avez étiquetés, chacun avec son chiffre&#x202f;; sélectionnez-en pour les supprimer</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Importer des dessins</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>Exporter les dessins</translation>
    </message>
    <message>
        <source>Export drawings as IDX files into</source>
        <translation>Exporter les dessins en fichiers IDX dans</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d&apos;importer</translation>
    </message>
    <message>
        <source>Imported {drawings}</source>
        <translation>Dessins importés&#xa0;: {drawings}</translation>
    </message>
    <message>
        <source>Wrong? Click the right digit or press its key to teach DigitLab.</source>
        <translation>Erreur&#x202f;? Cliquez sur le bon chiffre ou appuyez sur sa touche pour l&apos;enseigner à DigitLab.</translation>
    </message>
    <message>
        <source>1 drawing</source>
        <translation>1 dessin</translation>
    </message>
    <message>
        <source>{count} drawings</source>
        <translation>{count} dessins</translation>
    </message>
    <message>
        <source>Teaching needs a model that reads the digits 0–9.</source>
        <translation>L&apos;enseignement nécessite un modèle qui lit les chiffres 0–9.</translation>
    </message>
    <message>
        <source>Your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>Vos dessins de {label}&#xa0;: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>{mine}.</source>
        <translation>{mine}.</translation>
    </message>
    <message>
        <source>{mine}; MNIST test {before} → {after}.</source>
        <translation>{mine}&#x202f;; test MNIST {before} → {after}.</translation>
    </message>
    <message>
        <source>your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>vos dessins de {label}&#xa0;: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count}</source>
        <translation>Vos dessins&#xa0;: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count} ({classes})</source>
        <translation>Vos dessins&#xa0;: {before}/{count} → {after}/{count} ({classes})</translation>
    </message>
    <message>
        <source>My drawings…</source>
        <translation>Mes dessins…</translation>
    </message>
    <message>
        <source>Browse, delete, export and import the drawings you labelled</source>
        <translation>Parcourir, supprimer, exporter et importer les dessins que vous avez étiquetés</translation>
    </message>
    <message>
        <source>Fine-tune the model to your labelled drawings, in the background</source>
        <translation>Affiner le modèle sur vos dessins étiquetés, en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation>E&amp;nseigner</translation>
    </message>
    <message>
        <source>Keep the drawing as that digit (Teach)</source>
        <translation>Garder le dessin comme ce chiffre (Enseigner)</translation>
    </message>
    <message>
        <source>Cannot keep the drawing</source>
        <translation>Impossible de garder le dessin</translation>
    </message>
    <message>
        <source>Kept as a {label} (read right) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Dessin gardé comme un {label} (bien lu) · {drawings}. Lancez l&apos;adaptation pour les utiliser&#x202f;; Annuler le retire.</translation>
    </message>
    <message>
        <source>Kept as a {label} (DigitLab read {read_as}) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Dessin gardé comme un {label} (DigitLab a lu {read_as}) · {drawings}. Lancez l&apos;adaptation pour les utiliser&#x202f;; Annuler le retire.</translation>
    </message>
    <message>
        <source>Cannot adapt</source>
        <translation>Impossible d&apos;adapter</translation>
    </message>
    <message>
        <source>A dropped picture has no pen strokes to keep: draw the digit to teach it.</source>
        <translation>Une image déposée n&apos;a pas de traits à garder&#xa0;: dessinez le chiffre pour l&apos;enseigner.</translation>
    </message>
    <message>
        <source>Draw a digit first, then click its bar or press its key.</source>
        <translation>Dessinez d&apos;abord un chiffre, puis cliquez sur sa barre ou appuyez sur sa touche.</translation>
    </message>
    <message>
        <source>An adaptation is running already.</source>
        <translation>Une adaptation est déjà en cours.</translation>
    </message>
    <message>
        <source>This model has no file yet: save it from the Train panel, open it, and adapt that.</source>
        <translation>Ce modèle n&apos;a pas encore de fichier&#xa0;: enregistrez-le depuis le panneau Entraîner, ouvrez-le, puis adaptez-le.</translation>
    </message>
    <message>
        <source>Label at least one drawing first: draw a digit, then click its bar.</source>
        <translation>Étiquetez d&apos;abord au moins un dessin&#xa0;: dessinez un chiffre, puis cliquez sur sa barre.</translation>
    </message>
    <message>
        <source>Cannot forget the drawing</source>
        <translation>Impossible d&apos;oublier le dessin</translation>
    </message>
    <message>
        <source>Taken back: the {label} is no longer kept · {drawings}.</source>
        <translation>Retiré&#xa0;: le dessin de {label} n&apos;est plus gardé · {drawings}.</translation>
    </message>
    <message>
        <source>My drawings ({count})…</source>
        <translation>Mes dessins ({count})…</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>MNIST digits (bundled)</source>
        <translation>Chiffres MNIST (inclus)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (downloaded once)</source>
        <translation>Vêtements Fashion-MNIST (téléchargés une fois)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (bundled)</source>
        <translation>Vêtements Fashion-MNIST (inclus)</translation>
    </message>
    <message>
        <source>{name}: {train} training images, {test} test images, {classes} classes</source>
        <translation>{name}&#xa0;: {train} images d&apos;entraînement, {test} images de test, {classes} classes</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>The images and labels the network learns from; the test part is kept aside to judge it at the end.</source>
        <translation>Les images et étiquettes dont le réseau apprend&#x202f;; la partie test est mise de côté pour le juger à la fin.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Train on any folder holding the four MNIST-format IDX files (train/t10k images and labels).</source>
        <translation>Entraîner sur n&apos;importe quel dossier contenant les quatre fichiers IDX au format MNIST (images et étiquettes train/t10k).</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>One training image of each class, as the network sees it.</source>
        <translation>Une image d&apos;entraînement de chaque classe, telle que le réseau la voit.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Chargement de {name}…</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Dossier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation>Dossier de fichiers IDX</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>Chargement impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitude d&apos;entraînement</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitude de validation</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}.</source>
        <translation>Époque {epoch}&#xa0;: perte d&apos;entraînement {loss}, exactitude {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}; validation loss {val_loss}, accuracy {val_accuracy}.</source>
        <translation>Époque {epoch}&#xa0;: perte d&apos;entraînement {loss}, exactitude {accuracy}&#x202f;; perte de validation {val_loss}, exactitude {val_accuracy}.</translation>
    </message>
    <message>
        <source>Learning curves as a table</source>
        <translation>Courbes d&apos;apprentissage en tableau</translation>
    </message>
    <message>
        <source>One row per epoch: the training and validation loss and accuracy the curves show.</source>
        <translation>Une ligne par époque&#xa0;: la perte et l&apos;exactitude d&apos;entraînement et de validation que montrent les courbes.</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Époque {epoch}</translation>
    </message>
    <message>
        <source>The arrows step 1-2-5.</source>
        <translation>Les flèches avancent par 1-2-5.</translation>
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
        <translation>{name}&#xa0;: fixé à {value} par votre leçon</translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by the policy of this computer</source>
        <translation>{name}&#xa0;: fixé à {value} par les règles de cet ordinateur</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by your lesson</source>
        <translation>{name}&#xa0;: au plus {value}, fixé par votre leçon</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by the policy of this computer</source>
        <translation>{name}&#xa0;: au plus {value}, fixé par les règles de cet ordinateur</translation>
    </message>
    <message>
        <source>{lock}. {tip}</source>
        <translation>{lock}. {tip}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>{setting}, hidden layer {layer}</source>
        <translation>{setting}, couche cachée {layer}</translation>
    </message>
    <message>
        <source>The layers the network will have, each one&apos;s output size and its weights + biases: this is what training adjusts.</source>
        <translation>Les couches qu&apos;aura le réseau, la taille de sortie de chacune et ses poids + biais&#xa0;: c&apos;est ce que l&apos;entraînement ajuste.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>The hidden layers, from the input (top) to the output (bottom).</source>
        <translation>Les couches cachées, de l&apos;entrée (en haut) à la sortie (en bas).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected one.</source>
        <translation>Ajouter une couche cachée après celle sélectionnée.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer.</source>
        <translation>Retirer la couche cachée sélectionnée.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected layer towards the input.</source>
        <translation>Déplacer la couche sélectionnée vers l&apos;entrée.</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected layer towards the output.</source>
        <translation>Déplacer la couche sélectionnée vers la sortie.</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Pénalité L2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>28×28 → 784</source>
        <translation>28×28 → 784</translation>
    </message>
    <message>
        <source>output (softmax)</source>
        <translation>sortie (softmax)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>hidden {index} ({activation}, dropout {dropout})</source>
        <translation>cachée {index} ({activation}, dropout {dropout})</translation>
    </message>
    <message>
        <source>hidden {index} ({activation})</source>
        <translation>cachée {index} ({activation})</translation>
    </message>
    <message>
        <source>your network</source>
        <translation>votre réseau</translation>
    </message>
    <message>
        <source>Cannot train: {error}</source>
        <translation>Impossible d&apos;entraîner&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Loading {dataset}…</source>
        <translation>Chargement du jeu de données {dataset}…</translation>
    </message>
    <message>
        <source>Paused: training waits between two batches.</source>
        <translation>En pause&#xa0;: l&apos;entraînement attend entre deux lots.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>{preset} published</source>
        <translation>préréglage {preset}&#xa0;: publié</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Build and train your own network</source>
        <translation>Construisez et entraînez votre propre réseau</translation>
    </message>
    <message>
        <source>Set by your lesson from {preset}.</source>
        <translation>Fixé par votre leçon à partir du préréglage {preset}.</translation>
    </message>
    <message>
        <source>Set by your lesson.</source>
        <translation>Fixé par votre leçon.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>Impossible d&apos;enregistrer maintenant</translation>
    </message>
    <message>
        <source>Wait until training or the last save ends.</source>
        <translation>Attendez la fin de l&apos;entraînement ou du dernier enregistrement.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Enregistrement de {path}…</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>A network is still training. Stop training and close? The network being trained is lost unless you saved it.</source>
        <translation>Un réseau est encore en entraînement. Arrêter l&apos;entraînement et fermer&#x202f;? Le réseau en cours d&apos;entraînement sera perdu si vous ne l&apos;avez pas enregistré.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Train panel pages</source>
        <translation>Pages du panneau Entraîner</translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation>Réglages non valides</translation>
    </message>
    <message>
        <source>Training… the results appear here when it ends.</source>
        <translation>Entraînement… les résultats apparaîtront ici à la fin.</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Impossible d&apos;entraîner</translation>
    </message>
    <message>
        <source>Training: {epochs} epochs of {batches} batches of {size}.</source>
        <translation>Entraînement&#xa0;: {epochs} époques de {batches} lots de {size}.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Échec de l&apos;entraînement</translation>
    </message>
    <message>
        <source>{network} at epoch {epoch}</source>
        <translation>Réseau {network} à l&apos;époque {epoch}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <source>Saving failed; the trained model is still here, try another place.</source>
        <translation>L&apos;enregistrement a échoué&#x202f;; le modèle entraîné est toujours là, essayez un autre emplacement.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}.</source>
        <translation>Époque {epoch} terminée&#xa0;: exactitude d&apos;entraînement {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}, validation accuracy {validation}.</source>
        <translation>Époque {epoch} terminée&#xa0;: exactitude d&apos;entraînement {accuracy}, exactitude de validation {validation}.</translation>
    </message>
    <message>
        <source>Could not load the dataset: {message}</source>
        <translation>Impossible de charger le jeu de données&#xa0;: {message}</translation>
    </message>
    <message>
        <source>training (smoothed), faint: batches,</source>
        <translation>entraînement (lissé), pâle&#xa0;: lots,</translation>
    </message>
    <message>
        <source>mean of the epoch</source>
        <translation>moyenne de l&apos;époque</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>Loss is the cross-entropy: how unlikely the network found the right answers. Training loss falls as the network fits its training images; when validation loss stops falling while training loss goes on, the network has started to memorise (overfit).</source>
        <translation>La perte est l&apos;entropie croisée&#xa0;: à quel point le réseau jugeait improbables les bonnes réponses. La perte d&apos;entraînement baisse à mesure que le réseau s&apos;ajuste à ses images d&apos;entraînement&#x202f;; quand la perte de validation cesse de baisser alors que la perte d&apos;entraînement continue, le réseau a commencé à apprendre par cœur (surapprentissage).</translation>
    </message>
    <message>
        <source>Show the curves as a table</source>
        <translation>Afficher les courbes en tableau</translation>
    </message>
    <message>
        <source>One row per epoch instead of the curves: the figures a screen reader can read.</source>
        <translation>Une ligne par époque au lieu des courbes&#xa0;: les valeurs qu&apos;un lecteur d&apos;écran peut lire.</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation>Courbe d&apos;exactitude</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>{label} {accuracy}</source>
        <translation>{label} {accuracy}</translation>
    </message>
    <message>
        <source>No epoch finished yet.</source>
        <translation>Aucune époque terminée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}.</source>
        <translation>Exactitude de test {accuracy}.</translation>
    </message>
    <message>
        <source>{name} ({dataset}, not published)</source>
        <translation>{name} (jeu de données {dataset}, non publié)</translation>
    </message>
    <message>
        <source>{name} ({dataset}, {accuracy})</source>
        <translation>{name} ({dataset}, {accuracy})</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Recipes from tutorials, each with the test accuracy its source published, so you can reproduce it and then change one thing.</source>
        <translation>Des recettes tirées de tutoriels, chacune avec l&apos;exactitude de test publiée par sa source, pour que vous puissiez la reproduire puis changer une seule chose.</translation>
    </message>
    <message>
        <source>{description} Source: {source}</source>
        <translation>{description} Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Progress through the current epoch (one pass over the training images).</source>
        <translation>Progression dans l&apos;époque en cours (un passage sur les images d&apos;entraînement).</translation>
    </message>
    <message>
        <source>Progress through the whole run: training images processed per second, time spent training (pauses excluded) and the estimated time left.</source>
        <translation>Progression de tout l&apos;essai&#xa0;: images d&apos;entraînement traitées par seconde, temps passé à entraîner (pauses exclues) et temps restant estimé.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progression de l&apos;entraînement</translation>
    </message>
    <message>
        <source>{epoch} of {epochs}: {percent}</source>
        <translation>{epoch} sur {epochs}&#xa0;: {percent}</translation>
    </message>
    <message>
        <source>{speed} images/s · {elapsed} elapsed · about {left} left</source>
        <translation>{speed} images/s · {elapsed} écoulé · encore environ {left}</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Stopped early.</source>
        <translation>Arrêt précoce.</translation>
    </message>
    <message>
        <source>Training diverged.</source>
        <translation>L&apos;entraînement a divergé.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>L&apos;entraînement a échoué.</translation>
    </message>
    <message>
        <source>Test accuracy {test}</source>
        <translation>Exactitude de test {test}</translation>
    </message>
    <message>
        <source>Test accuracy {test} · drawn digits by new writers {drawn}</source>
        <translation>Exactitude de test {test} · chiffres dessinés par de nouvelles personnes {drawn}</translation>
    </message>
    <message>
        <source>Confusion matrix: row = true class, column = the network&apos;s answer. Off-diagonal cells show which classes it mixes up.</source>
        <translation>Matrice de confusion&#xa0;: ligne = vraie classe, colonne = réponse du réseau. Les cases hors de la diagonale montrent quelles classes il confond.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>attendu&#xa0;: {name}</translation>
    </message>
    <message>
        <source>read as {name}</source>
        <translation>lu comme {name}</translation>
    </message>
    <message>
        <source>True {true}, answered {answer}: {count} images ({share} of all {true})</source>
        <translation>Classe {true}, réponse {answer}&#xa0;: {count} images ({share} des {true})</translation>
    </message>
    <message>
        <source>Test accuracy: the dataset&apos;s test images. Drawn digits by new writers: digits drawn with a pen by six people no model is trained or tuned on, rendered as the canvas renders drawings; how well it will read yours.</source>
        <translation>Exactitude de test&#xa0;: les images de test du jeu de données. Chiffres dessinés par de nouvelles personnes&#xa0;: chiffres dessinés au stylet par six personnes sur lesquelles aucun modèle n&apos;est entraîné ni réglé, rendus comme la zone de dessin rend les dessins&#x202f;; à quel point il lira les vôtres.</translation>
    </message>
    <message>
        <source>Read the canvas with this network: draw and see how it does.</source>
        <translation>Lire la zone de dessin avec ce réseau&#xa0;: dessinez et voyez comment il s&apos;en sort.</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Write the network, its settings and scores to a .keras file you can open later.</source>
        <translation>Écrire le réseau, ses réglages et ses scores dans un fichier .keras que vous pourrez ouvrir plus tard.</translation>
    </message>
    <message>
        <source>Test images the network got wrong, most confident first.</source>
        <translation>Images de test que le réseau a mal classées, en commençant par celles dont il était le plus sûr.</translation>
    </message>
    <message>
        <source>Train a network to see how well it does here.</source>
        <translation>Entraînez un réseau pour voir ici ses résultats.</translation>
    </message>
    <message>
        <source>No test scores: the run ended before training began.</source>
        <translation>Pas de scores de test&#xa0;: l&apos;essai s&apos;est terminé avant le début de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>In use ✓</source>
        <translation>Utilisé ✓</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: true class, columns: answer)</source>
        <translation>&lt;b&gt;Matrice de confusion&lt;/b&gt; (lignes&#xa0;: vraie classe, colonnes&#xa0;: réponse)</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · 1 epoch in {seconds} s</source>
        <translation>perte de test {loss} sur {images} images · 1 époque en {seconds} s</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · {epochs} epochs in {seconds} s</source>
        <translation>perte de test {loss} sur {images} images · {epochs} époques en {seconds} s</translation>
    </message>
    <message>
        <source>{difference} points</source>
        <translation>{difference} points de pourcentage</translation>
    </message>
    <message>
        <source>{details} · published {published} ({difference})</source>
        <translation>{details} · publié {published} ({difference})</translation>
    </message>
    <message>
        <source>{true} → {answer}</source>
        <translation>{true} → {answer}</translation>
    </message>
    <message>
        <source>{confidence} sure</source>
        <translation>sûr à {confidence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistakes&lt;/b&gt; (true class → answer): {wrong} of {total} test images wrong; the {shown} it was surest about:</source>
        <translation>&lt;b&gt;Erreurs&lt;/b&gt; (vraie classe → réponse)&#xa0;: {wrong} images de test sur {total} mal classées&#x202f;; les {shown} dont il était le plus sûr&#xa0;:</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Build the network and train it on the chosen data.</source>
        <translation>Construire le réseau et l&apos;entraîner sur les données choisies.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold training between two batches; resume any time.</source>
        <translation>Suspendre l&apos;entraînement entre deux lots&#x202f;; reprendre à tout moment.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>End training now and keep the weights learned so far.</source>
        <translation>Terminer l&apos;entraînement maintenant et garder les poids appris jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start from a preset, or set up your own network below.</source>
        <translation>Partez d&apos;un préréglage, ou configurez votre propre réseau ci-dessous.</translation>
    </message>
    <message>
        <source>Preset: {preset} — {description}</source>
        <translation>Préréglage&#xa0;: {preset} — {description}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>% of training images</source>
        <translation>% des images d&apos;entraînement</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>Give the held-back validation set as a percentage or as a number of images.</source>
        <translation>Indiquer le jeu de validation mis de côté en pourcentage ou en nombre d&apos;images.</translation>
    </message>
    <message>
        <source>Validation unit</source>
        <translation>Unité de la validation</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Add pen-drawn digits</source>
        <translation>Ajouter des chiffres au stylet</translation>
    </message>
    <message>
        <source>Distort training digits</source>
        <translation>Déformer les chiffres d&apos;entraînement</translation>
    </message>
    <message>
        <source>Pen-drawn digits need a dataset of the digits 0–9.</source>
        <translation>Les chiffres au stylet demandent un jeu de données des chiffres 0 à 9.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation>Facteur de décroissance</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Jeu de validation</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>Drawn digits</source>
        <translation>Chiffres dessinés</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation des données</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>This copy of DigitLab runs from source, so it has no {file}: installers generate it when they are built (packaging/notices.py). DigitLab itself is MIT licensed; each library it uses carries its own licence in your Python environment.</source>
        <translation>Cette copie de DigitLab s&apos;exécute depuis les sources, elle n&apos;a donc pas de {file}&#xa0;: les installateurs le génèrent lors de leur construction (packaging/notices.py). DigitLab lui-même est sous licence MIT&#x202f;; chaque bibliothèque qu&apos;il utilise porte sa propre licence dans votre environnement Python.</translation>
    </message>
    <message>
        <source>Draw a digit and watch a multilayer perceptron read it live.</source>
        <translation>Dessinez un chiffre et regardez un perceptron multicouche le lire en direct.</translation>
    </message>
    <message>
        <source>Active model trained with {libraries}</source>
        <translation>Modèle actif entraîné avec {libraries}</translation>
    </message>
    <message>
        <source>About DigitLab</source>
        <translation>À propos de DigitLab</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences tierces</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation>Impossible de lire l&apos;image</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>The guide is the README.md of DigitLab&apos;s source; this installation does not carry a copy.</source>
        <translation>Le guide est le README.md des sources de DigitLab&#x202f;; cette installation n&apos;en contient pas de copie.</translation>
    </message>
    <message>
        <source>DigitLab guide</source>
        <translation>Guide de DigitLab</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open a model to read digits (File ▸ Open model…)</source>
        <translation>Ouvrez un modèle pour lire des chiffres (Fichier ▸ Ouvrir un modèle…)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>Impossible d&apos;enregistrer le modèle</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Impossible d&apos;ouvrir le modèle</translation>
    </message>
    <message>
        <source>The model used last, {last}, is gone or unreadable: reading with {default}.</source>
        <translation>Le dernier modèle utilisé, {last}, a disparu ou est illisible&#xa0;: lecture avec {default}.</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>This network is still training: save it when the run ends.</source>
        <translation>Ce réseau est encore en entraînement&#xa0;: enregistrez-le à la fin de l&apos;essai.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>Impossible d&apos;enregistrer maintenant</translation>
    </message>
    <message>
        <source>Wait until the last save ends.</source>
        <translation>Attendez la fin du dernier enregistrement.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Enregistrement de {path}…</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Read digits with a saved Keras model</source>
        <translation>Lire les chiffres avec un modèle Keras enregistré</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <source>Put a picture of a digit on the canvas for the network to read</source>
        <translation>Placer l&apos;image d&apos;un chiffre sur la zone de dessin pour que le réseau la lise</translation>
    </message>
    <message>
        <source>&amp;Draw a sample digit</source>
        <translation>&amp;Dessiner un chiffre d&apos;exemple</translation>
    </message>
    <message>
        <source>Put a digit a person drew on the canvas for the network to read</source>
        <translation>Placer sur la zone de dessin un chiffre dessiné par une personne, pour que le réseau le lise</translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation>Enregistrer le modèle &amp;sous…</translation>
    </message>
    <message>
        <source>Keep a copy of the model in use</source>
        <translation>Garder une copie du modèle utilisé</translation>
    </message>
    <message>
        <source>Back to the previous model</source>
        <translation>Revenir au modèle précédent</translation>
    </message>
    <message>
        <source>Read with the model used before this one</source>
        <translation>Lire avec le modèle utilisé avant celui-ci</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Retirer le dernier trait</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Effacer la zone de dessin</translation>
    </message>
    <message>
        <source>DigitLab &amp;guide</source>
        <translation>&amp;Guide de DigitLab</translation>
    </message>
    <message>
        <source>How to draw, train, look inside and teach</source>
        <translation>Comment dessiner, entraîner, regarder à l&apos;intérieur et enseigner</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key DigitLab answers to</source>
        <translation>Toutes les touches auxquelles DigitLab répond</translation>
    </message>
    <message>
        <source>&amp;About DigitLab</source>
        <translation>À &amp;propos de DigitLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stylo</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Épaisseur du trait</translation>
    </message>
    <message>
        <source>Pen width (the digit is scaled to MNIST&apos;s size, so this sets how bold the stroke looks to the network)</source>
        <translation>Épaisseur du trait (le chiffre est mis à l&apos;échelle de MNIST, donc ce réglage détermine l&apos;épaisseur du trait vue par le réseau)</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Revenir à {name}</translation>
    </message>
    <message>
        <source>The canvas is now read by {name}: draw a digit to try it.</source>
        <translation>La zone de dessin est maintenant lue par {name}&#xa0;: dessinez un chiffre pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>Could not open {path}: {error}</source>
        <translation>Impossible d&apos;ouvrir {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>DigitLab — {name}</source>
        <translation>DigitLab — {name}</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Enregistrer le modèle sous</translation>
    </message>
    <message>
        <source>A {digit} drawn by a writer DigitLab never trained on</source>
        <translation>Un chiffre {digit} dessiné par une personne sur laquelle DigitLab ne s&apos;est jamais entraîné</translation>
    </message>
</context>
</TS>
