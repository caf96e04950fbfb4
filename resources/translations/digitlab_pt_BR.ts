<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Active</name>
    <message>
        <source>test accuracy {value}</source>
        <translation>acurácia de teste {value}</translation>
    </message>
    <message>
        <source>drawn digits by new writers {value}</source>
        <translation>dígitos desenhados por novas pessoas {value}</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen</source>
        <translation>treinado em {dataset} + caneta</translation>
    </message>
    <message>
        <source>trained on {dataset} + scans</source>
        <translation>treinado em {dataset} + digitalizações</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen + scans</source>
        <translation>treinado em {dataset} + caneta + digitalizações</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>trained on {dataset}</source>
        <translation>treinado no dataset {dataset}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Arquivos de modelo</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The window follows the system&apos;s language: {language}.</source>
        <translation>A janela segue o idioma do sistema: {language}.</translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>A janela agora fala {language}.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>acurácia (%)</translation>
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
        <translation>&amp;Escuro</translation>
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
        <translation>As cores da plataforma; alto contraste quando a plataforma pedir</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Veja a rede aprender</translation>
    </message>
    <message>
        <source>While training runs, the canvas reads your drawing with the newest weights (twice a second), and the Weights tab shows them: draw a digit and watch the answer sharpen.</source>
        <translation>Durante a execução do treinamento, a tela lê o seu desenho com os pesos mais recentes (duas vezes por segundo), e a aba Pesos os mostra: desenhe um dígito e veja a resposta ficar mais nítida.</translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>Draw a digit</source>
        <translation>Desenhe um dígito</translation>
    </message>
    <message>
        <source>No answer: the model&apos;s outputs are not numbers (its weights have diverged)</source>
        <translation>Sem resposta: as saídas do modelo não são números (seus pesos divergiram)</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zero</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dois</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>Três</translation>
    </message>
    <message>
        <source>Four</source>
        <translation>Quatro</translation>
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
        <translation>Sete</translation>
    </message>
    <message>
        <source>Eight</source>
        <translation>Oito</translation>
    </message>
    <message>
        <source>Nine</source>
        <translation>Nove</translation>
    </message>
    <message>
        <source>{answer}, {percent} sure</source>
        <translation>{answer}, {percent} de certeza</translation>
    </message>
    <message>
        <source>Draw a digit here
or drop an image</source>
        <translation>Desenhe um dígito aqui
ou solte uma imagem</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Tela de desenho</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop or open an image. Clear wipes it, Undo takes back the last stroke. The answer is read out after each stroke.</source>
        <translation>Desenhe um dígito com o mouse, uma caneta ou o dedo, ou solte ou abra uma imagem. Limpar apaga o desenho, Desfazer remove o último traço. A resposta é lida em voz alta após cada traço.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop an image here</source>
        <translation>Desenhe um dígito com o mouse, uma caneta ou o dedo, ou solte uma imagem aqui</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>a imagem solta</translation>
    </message>
    <message>
        <source>nothing Qt could decode</source>
        <translation>nada que o Qt consiga decodificar</translation>
    </message>
    <message>
        <source>cannot read this image: expected a picture in {source}, found {found}</source>
        <translation>não é possível ler esta imagem: era esperada uma imagem em {source}, mas foi encontrado {found}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <source>The 28×28 image the network reads: your drawing cropped, scaled into a 20-pixel box and centred by its centre of mass, as MNIST digits are</source>
        <translation>A imagem de 28×28 que a rede lê: seu desenho recortado, redimensionado para caber em uma caixa de 20 pixels e centralizado pelo seu centro de massa, como os dígitos do MNIST</translation>
    </message>
    <message>
        <source>Network input</source>
        <translation>Entrada da rede</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>{percent} de certeza</translation>
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
        <translation>Desenhe um dígito para ver por dentro da rede.</translation>
    </message>
    <message>
        <source>Nothing to show: the network&apos;s values are not numbers (its weights diverged).</source>
        <translation>Nada a mostrar: os valores da rede não são números (seus pesos divergiram).</translation>
    </message>
    <message>
        <source>One square per unit (neuron), always in the same place: red when it fires for your drawing, the stronger the redder; white when silent, blue below zero.</source>
        <translation>Um quadrado por unidade (neurônio), sempre no mesmo lugar: vermelho quando ela dispara para o seu desenho, quanto mais forte, mais vermelho; branco quando em silêncio, azul abaixo de zero.</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Por dentro da rede</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>O que estou vendo?</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Camadas ocultas</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unidades</translation>
    </message>
    <message>
        <source>Why “{name}”?</source>
        <translation>Por que “{name}”?</translation>
    </message>
    <message>
        <source>Red ink raises the network&apos;s score for “{name}”, blue ink lowers it: each pixel&apos;s ink times how strongly the score reacts to it.</source>
        <translation>Tinta vermelha aumenta a pontuação da rede para “{name}”, tinta azul a diminui: a tinta de cada pixel vezes o quanto a pontuação reage a ela.</translation>
    </message>
    <message>
        <source>Strongest units of {layer}</source>
        <translation>Unidades mais fortes da camada {layer}</translation>
    </message>
    <message>
        <source>The weights of the {count} units of {layer} that fire most, laid out like the image, with your drawing shaded over them: each adds up the ink on its red weights and takes away the ink on its blue ones.</source>
        <translation>Os pesos das {count} unidades da camada {layer} que mais disparam, dispostos como a imagem, com o seu desenho sombreado por cima: cada uma soma a tinta sobre seus pesos vermelhos e subtrai a tinta sobre os azuis.</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}</source>
        <translation>{layer}, unidade {unit}</translation>
    </message>
    <message>
        <source>Fires {value} and supports “{name}” most. Ink on its red pixels excites it, ink on blue ones holds it back. Point at any unit to see it here.</source>
        <translation>Dispara {value} e favorece mais “{name}”. Tinta nos seus pixels vermelhos a excita, tinta nos azuis a freia. Aponte para qualquer unidade para vê-la aqui.</translation>
    </message>
    <message>
        <source>Views of the answer</source>
        <translation>Visualizações da resposta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>What the network answers</source>
        <translation>O que a rede responde</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Por dentro</translation>
    </message>
    <message>
        <source>What happens inside the network as it reads</source>
        <translation>O que acontece dentro da rede enquanto ela lê</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>What the units of the first layer look for</source>
        <translation>O que as unidades da primeira camada procuram</translation>
    </message>
    <message>
        <source>Open a model to see its first layer&apos;s weights.</source>
        <translation>Abra um modelo para ver os pesos da sua primeira camada.</translation>
    </message>
    <message>
        <source>This model&apos;s first layer does not read the 28×28 pixels directly.</source>
        <translation>A primeira camada deste modelo não lê diretamente os 28×28 pixels.</translation>
    </message>
    <message>
        <source>Each of the {units} units of {layer} as its 784 weights, laid out like the image: ink on red weights excites the unit, ink on blue ones inhibits it (each image scaled to its own strongest weight). Train with “{option}” to see them grow from noise into strokes.</source>
        <translation>Cada uma das {units} unidades da camada {layer} como seus 784 pesos, dispostos como a imagem: tinta sobre pesos vermelhos excita a unidade, tinta sobre os azuis a inibe (cada imagem na escala do seu próprio peso mais forte). Treine com “{option}” para vê-los passar de ruído a traços.</translation>
    </message>
    <message>
        <source>Point at a unit to read it.</source>
        <translation>Aponte para uma unidade para lê-la.</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Pesos da primeira camada</translation>
    </message>
    <message>
        <source>How large each weight image is drawn</source>
        <translation>O tamanho com que cada imagem de pesos é desenhada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Weights of the first layer&apos;s units</source>
        <translation>Pesos das unidades da primeira camada</translation>
    </message>
    <message>
        <source>Unit {unit}: {low} to {high}</source>
        <translation>Unidade {unit}: {low} a {high}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A question to think about</source>
        <translation>Uma pergunta para pensar</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Passos da aula</translation>
    </message>
    <message>
        <source>Each step, ticked once DigitLab sees you have done it; choose one to read it.</source>
        <translation>Cada passo, marcado assim que o DigitLab vê que você o fez; escolha um para lê-lo.</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texto do passo</translation>
    </message>
    <message>
        <source>◂ All lessons</source>
        <translation>◂ Todas as aulas</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Voltar</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Fazer</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Próximo ▸</translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>Todas as aulas</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Carry out this step for you, in the part of DigitLab it is about.</source>
        <translation>Fazer este passo por você, na parte do DigitLab a que ele se refere.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · about {minutes} min</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · cerca de {minutes} min</translation>
    </message>
    <message>
        <source>Step {number}, done: {title}</source>
        <translation>Passo {number}, feito: {title}</translation>
    </message>
    <message>
        <source>Step {number}, to do: {title}</source>
        <translation>Passo {number}, a fazer: {title}</translation>
    </message>
    <message>
        <source>DigitLab lessons ({patterns})</source>
        <translation>Aulas do DigitLab ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos os arquivos ({patterns})</translation>
    </message>
    <message>
        <source>That part of DigitLab is not available here (hidden by the policy of this computer).</source>
        <translation>Essa parte do DigitLab não está disponível aqui (oculta pela política deste computador).</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Aulas</translation>
    </message>
    <message>
        <source>Each lesson with its length and the steps done; Enter opens it.</source>
        <translation>Cada aula com sua duração e os passos feitos; Enter abre a aula.</translation>
    </message>
    <message>
        <source>Guided lessons: train, compare, look inside, teach</source>
        <translation>Aulas guiadas: treinar, comparar, ver por dentro, ensinar</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Aulas</translation>
    </message>
    <message>
        <source>Guided lessons, one step at a time</source>
        <translation>Aulas guiadas, um passo de cada vez</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Abrir &amp;aula…</translation>
    </message>
    <message>
        <source>Open a lesson file ({suffix}) a teacher shared</source>
        <translation>Abrir um arquivo de aula ({suffix}) que um professor compartilhou</translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {done}/{steps} done
{summary}</source>
        <translation>{title}  ·  {minutes} min  ·  {done}/{steps} passos feitos
{summary}</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Não é possível abrir a aula</translation>
    </message>
    <message>
        <source>Pick a lesson. Each is a few short steps; DigitLab ticks a step when you have done it, and remembers where you were.</source>
        <translation>Escolha uma aula. Cada uma tem alguns passos curtos; o DigitLab marca um passo quando você o faz e lembra onde você parou.</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Abrir um arquivo de aula…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir aula</translation>
    </message>
    <message>
        <source>Lessons cannot read your history: {error}</source>
        <translation>As aulas não conseguem ler o seu histórico: {error}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>{ending} Not recorded in the run history: {problem}</source>
        <translation>{ending} Não registrado no histórico de execuções: {problem}</translation>
    </message>
    <message>
        <source>Keeping the adapted network…</source>
        <translation>Guardando a rede adaptada…</translation>
    </message>
    <message>
        <source>Neurons in this layer: more can learn finer patterns, but cost more time and overfit more easily.</source>
        <translation>Neurônios nesta camada: mais neurônios aprendem padrões mais finos, mas custam mais tempo e sobreajustam com mais facilidade.</translation>
    </message>
    <message>
        <source>The non-linearity each neuron applies to its weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation>A não linearidade que cada neurônio aplica à sua soma ponderada; sem ela, camadas empilhadas se reduzem a uma única função linear.</translation>
    </message>
    <message>
        <source>Fraction of this layer&apos;s outputs switched off at random in each training step, so the network cannot rely on any single neuron (less overfitting).</source>
        <translation>Fração das saídas desta camada desligadas ao acaso em cada passo de treinamento, para que a rede não dependa de nenhum neurônio isolado (menos sobreajuste).</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: Glorot suits tanh/sigmoid, He suits ReLU; a poor choice makes deep nets start slowly or diverge.</source>
        <translation>Como os pesos iniciais são sorteados: Glorot combina com tanh/sigmoid, He combina com ReLU; uma escolha ruim faz redes profundas começarem devagar ou divergirem.</translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss: keeps weights small, which smooths the decision boundary and reduces overfitting (0 = off).</source>
        <translation>Penalidade sobre pesos grandes somada à perda: mantém os pesos pequenos, o que suaviza a fronteira de decisão e reduz o sobreajuste (0 = desligado).</translation>
    </message>
    <message>
        <source>pixels 0…1</source>
        <translation>pixels 0…1</translation>
    </message>
    <message>
        <source>standardized (mean 0, std 1)</source>
        <translation>padronizados (média 0, desvio 1)</translation>
    </message>
    <message>
        <source>What the network sees: pixels in 0…1, or standardized to mean 0 and standard deviation 1 (helps SGD with tanh layers).</source>
        <translation>O que a rede vê: pixels em 0…1, ou padronizados para média 0 e desvio padrão 1 (ajuda o SGD com camadas tanh).</translation>
    </message>
    <message>
        <source>Outputs of the softmax layer, one per class: the dataset decides it.</source>
        <translation>Saídas da camada softmax, uma por classe: o dataset define quantas.</translation>
    </message>
    <message>
        <source>Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke width) so the network learns digits as people really draw them.</source>
        <translation>Distorcer cada lote de treinamento de novo (deslocar, girar, escalar, cisalhar, curvar, espessura do traço) para que a rede aprenda os dígitos como as pessoas realmente os desenham.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Largest move of a digit up, down or sideways: people seldom draw in the centre.</source>
        <translation>Maior deslocamento de um dígito para cima, para baixo ou para os lados: as pessoas raramente desenham no centro.</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>graus</translation>
    </message>
    <message>
        <source>Largest tilt either way: handwriting leans.</source>
        <translation>Maior rotação para qualquer lado: a letra das pessoas se inclina.</translation>
    </message>
    <message>
        <source>Largest change of size, as a fraction (0.12 = up to 12% larger or smaller).</source>
        <translation>Maior mudança de tamanho, como fração (0,12 = até 12% maior ou menor).</translation>
    </message>
    <message>
        <source>Largest slant, as columns shifted per row: upright and italic writers differ.</source>
        <translation>Maior inclinação, em colunas deslocadas por linha: há quem escreva reto e quem escreva inclinado.</translation>
    </message>
    <message>
        <source>How far the elastic distortion bends strokes, like an unsteady hand (0 = none).</source>
        <translation>O quanto a distorção elástica curva os traços, como uma mão trêmula (0 = nada).</translation>
    </message>
    <message>
        <source>How smooth that bending is: small values wobble, large ones bend whole strokes.</source>
        <translation>O quão suave é essa curvatura: valores pequenos tremem, valores grandes curvam traços inteiros.</translation>
    </message>
    <message>
        <source>Share of images whose stroke is made a pixel thicker or thinner, like another pen.</source>
        <translation>Parcela das imagens cujo traço fica um pixel mais grosso ou mais fino, como outra caneta.</translation>
    </message>
    <message>
        <source>Chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1, hooked 9).</source>
        <translation>Chance de um 1 ou 9 aparecer no estilo que falta ao MNIST (1 com bandeira, 9 com gancho).</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates: SGD takes plain steps, Adam and RMSprop adapt the step size for each weight.</source>
        <translation>A regra que transforma gradientes em atualizações dos pesos: o SGD dá passos simples, Adam e RMSprop adaptam o tamanho do passo para cada peso.</translation>
    </message>
    <message>
        <source>How big a step each update takes: too small learns slowly, too large overshoots and the loss explodes.</source>
        <translation>O tamanho do passo de cada atualização: pequeno demais aprende devagar, grande demais passa do ponto e a perda explode.</translation>
    </message>
    <message>
        <source>Keeps a running direction of past updates so SGD rolls through small bumps and noise (0 = none; 0.9 is typical).</source>
        <translation>Mantém uma direção média das atualizações anteriores para que o SGD passe por pequenas saliências e ruído (0 = nada; 0,9 é o típico).</translation>
    </message>
    <message>
        <source>Nesterov momentum looks ahead along the running direction before computing the gradient, which usually converges a little faster.</source>
        <translation>O momentum de Nesterov olha adiante na direção média antes de calcular o gradiente, o que costuma convergir um pouco mais rápido.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>cosine decay to 0</source>
        <translation>decaimento cosseno até 0</translation>
    </message>
    <message>
        <source>exponential decay per epoch</source>
        <translation>decaimento exponencial por época</translation>
    </message>
    <message>
        <source>How the learning rate changes during training: big steps early and smaller ones later often end at a better minimum.</source>
        <translation>Como a taxa de aprendizado muda durante o treinamento: passos grandes no início e menores depois costumam chegar a um mínimo melhor.</translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by after every epoch (exponential schedule).</source>
        <translation>Fator pelo qual a taxa de aprendizado é multiplicada após cada época (cronograma exponencial).</translation>
    </message>
    <message>
        <source>Images per weight update: small batches give noisy but frequent updates, large batches smooth but fewer updates per epoch.</source>
        <translation>Imagens por atualização dos pesos: lotes pequenos dão atualizações ruidosas, mas frequentes; lotes grandes, atualizações suaves, mas menos por época.</translation>
    </message>
    <message>
        <source>How many times training goes through the whole training set.</source>
        <translation>Quantas vezes o treinamento percorre todo o conjunto de treinamento.</translation>
    </message>
    <message>
        <source>Training images held back to check the network on data it does not learn from (a fraction up to half, or a number of images): when validation loss rises while training loss falls, it overfits.</source>
        <translation>Imagens de treinamento separadas para verificar a rede em dados com os quais ela não aprende (uma fração de até metade ou um número de imagens): quando a perda de validação sobe enquanto a perda de treinamento cai, ela está sobreajustando.</translation>
    </message>
    <message>
        <source>Seeds the random start weights, shuffling and dropout, so the same settings give the same run again.</source>
        <translation>Semente dos pesos iniciais aleatórios, do embaralhamento e do dropout, para que as mesmas configurações deem de novo a mesma execução.</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs and keep the best weights (0 = off: train every epoch).</source>
        <translation>Parar quando a perda de validação não melhorar por este número de épocas e manter os melhores pesos (0 = desligado: treinar todas as épocas).</translation>
    </message>
    <message>
        <source>Also train on digits drawn with a pen by 24 writers, each re-rendered as on the canvas at a random place, size, pen width and slant: it teaches the network how people draw rather than how MNIST was scanned. Digit datasets only; six more writers are never trained on, to measure with.</source>
        <translation>Treinar também com dígitos desenhados à caneta por 24 pessoas, cada um renderizado de novo como na tela, em posição, tamanho, espessura de caneta e inclinação aleatórios: isso ensina à rede como as pessoas desenham, e não como o MNIST foi digitalizado. Só para datasets de dígitos; outras seis pessoas nunca entram no treinamento, para servir de medida.</translation>
    </message>
    <message>
        <source>Random renderings of each pen-drawn digit added to the training images (about 6,000 digits each time).</source>
        <translation>Renderizações aleatórias de cada dígito desenhado à caneta somadas às imagens de treinamento (cerca de 6.000 dígitos a cada vez).</translation>
    </message>
    <message>
        <source>Share of the training digits added once more as a scanner or a phone camera would give them (blurred, thickened, cropped, photographed, postal 16×16 or 8×8), so learning the canvas&apos;s sharp strokes does not cost the scans. Digit datasets only.</source>
        <translation>Fração dos dígitos de treino adicionada mais uma vez como um scanner ou a câmera de um celular os daria (borrados, engrossados, recortados, fotografados, postais 16×16 ou 8×8), para que aprender os traços nítidos da tela não custe os escaneamentos. Somente conjuntos de dados de dígitos.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>Camiseta/top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Calça</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pulôver</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Vestido</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Casaco</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandália</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Camisa</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Tênis</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Bolsa</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Bota</translation>
    </message>
    <message>
        <source>unknown dataset {spec}: expected one of {known} or a folder of IDX files, and no folder {folder} exists</source>
        <translation>dataset desconhecido {spec}: esperava-se um de {known} ou uma pasta de arquivos IDX, e a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>{name} was not found in {folder} or {cache}: pass a folder holding its four IDX files ({files}), or allow downloading it</source>
        <translation>{name} não foi encontrado em {folder} nem em {cache}: indique uma pasta com seus quatro arquivos IDX ({files}) ou permita baixá-lo</translation>
    </message>
    <message>
        <source>{name} is not here and downloads are switched off by the policy of this computer ({policy}): pass a folder holding its four IDX files ({files})</source>
        <translation>{name} não está aqui e a política deste computador desativa os downloads ({policy}): indique uma pasta com seus quatro arquivos IDX ({files})</translation>
    </message>
    <message>
        <source>downloading {name} through keras.datasets failed: {reason}</source>
        <translation>o download de {name} pelo keras.datasets falhou: {reason}</translation>
    </message>
    <message>
        <source>{folder}: expected a folder of IDX files, but it is not a folder</source>
        <translation>{folder}: esperava-se uma pasta de arquivos IDX, mas não é uma pasta</translation>
    </message>
    <message>
        <source>{folder}: expected the four IDX files {files} (each raw or .gz); not found: {missing}</source>
        <translation>{folder}: esperavam-se os quatro arquivos IDX {files} (cada um sem compressão ou .gz); não encontrados: {missing}</translation>
    </message>
    <message>
        <source>{path}: expected images of shape (N, 28, 28), found {shape}</source>
        <translation>{path}: esperavam-se imagens de formato (N, 28, 28); encontrado: {shape}</translation>
    </message>
    <message>
        <source>{path}: expected labels of shape (N,), found {shape}</source>
        <translation>{path}: esperavam-se rótulos de formato (N,); encontrado: {shape}</translation>
    </message>
    <message>
        <source>{images_path} holds {images} images but {labels_path} holds {labels} labels; expected the same number</source>
        <translation>{images_path} contém {images} imagens, mas {labels_path} contém {labels} rótulos; esperava-se o mesmo número</translation>
    </message>
    <message>
        <source>{path}: expected labels 0..{last} (one per class name), found label {found}</source>
        <translation>{path}: esperavam-se rótulos 0..{last} (um por nome de classe); encontrado o rótulo {found}</translation>
    </message>
    <message>
        <source>TF.js layers model (folder)</source>
        <translation>Modelo de camadas TF.js (pasta)</translation>
    </message>
    <message>
        <source>LiteRT (TensorFlow Lite)</source>
        <translation>LiteRT (TensorFlow Lite)</translation>
    </message>
    <message>
        <source>Web page (one file, offline)</source>
        <translation>Página web (um arquivo, offline)</translation>
    </message>
    <message>
        <source>{out} is a file; the TF.js format writes a folder (model.json and weight shards): expected a folder name</source>
        <translation>{out} é um arquivo; o formato TF.js grava uma pasta (model.json e fragmentos de pesos): esperava-se um nome de pasta</translation>
    </message>
    <message>
        <source>{out} is a folder; expected a file name ending in {suffix}</source>
        <translation>{out} é uma pasta; esperava-se um nome de arquivo terminado em {suffix}</translation>
    </message>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>sua pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot write {out}: {why}</source>
        <translation>não é possível gravar {out}: {why}</translation>
    </message>
    <message>
        <source>{out} was written but cannot be read back as {format}: {reason}</source>
        <translation>{out} foi gravado, mas não pode ser lido de volta como {format}: {reason}</translation>
    </message>
    <message>
        <source>the export to {out} stopped: its process ended unexpectedly (out of memory?)</source>
        <translation>a exportação para {out} parou: seu processo terminou inesperadamente (sem memória?)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>early stopped</source>
        <translation>parada antecipadamente</translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation>perda não é um número</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>não concluída</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificada</translation>
    </message>
    <message>
        <source>Next Tech tutorial</source>
        <translation>Tutorial da Next Tech</translation>
    </message>
    <message>
        <source>784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels.</source>
        <translation>MLP tanh 784-50-50-10 treinado com SGD com momentum em pixels padronizados.</translation>
    </message>
    <message>
        <source>Next Tech, &apos;Building an MLP with Keras&apos; (test accuracy 96.27%)</source>
        <translation>Next Tech, &apos;Building an MLP with Keras&apos; (acurácia de teste 96,27%)</translation>
    </message>
    <message>
        <source>Géron ch.10</source>
        <translation>Géron cap. 10</translation>
    </message>
    <message>
        <source>Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10.</source>
        <translation>Classificador ReLU Flatten-300-100-10 do livro Hands-On Machine Learning, cap. 10.</translation>
    </message>
    <message>
        <source>A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)</source>
        <translation>A. Géron, Hands-On Machine Learning, 2ª ed., cap. 10 (Fashion-MNIST 88,6%)</translation>
    </message>
    <message>
        <source>Keras mnist_mlp</source>
        <translation>Keras mnist_mlp</translation>
    </message>
    <message>
        <source>The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop.</source>
        <translation>O exemplo clássico do Keras: 512-512 ReLU com dropout 0,2, RMSprop.</translation>
    </message>
    <message>
        <source>keras/examples/mnist_mlp.py (test accuracy 98.40%)</source>
        <translation>keras/examples/mnist_mlp.py (acurácia de teste 98,40%)</translation>
    </message>
    <message>
        <source>DigitLab best</source>
        <translation>Melhor do DigitLab</translation>
    </message>
    <message>
        <source>768-768 ReLU with dropout, Adam with cosine decay, trained on MNIST, on pen-drawn digits by 24 writers and on MNIST digits as scanners and phone cameras give them, distorted afresh each batch (shift, rotation, scale, shear, elastic, stroke thickness, flagged 1s and hooked 9s), so it reads digits as people draw, scan and photograph them.</source>
        <translation>768-768 ReLU com dropout, Adam com decaimento cosseno, treinado no MNIST, em dígitos desenhados à caneta por 24 pessoas e em dígitos do MNIST como scanners e câmeras de celular os dão, distorcidos de novo a cada lote (deslocamento, rotação, escala, cisalhamento, distorção elástica, espessura do traço, 1 com bandeira e 9 com gancho), para que leia os dígitos como as pessoas os desenham, escaneiam e fotografam.</translation>
    </message>
    <message>
        <source>DigitLab best (Fashion)</source>
        <translation>Melhor do DigitLab (Fashion)</translation>
    </message>
    <message>
        <source>1024-1024 ReLU with dropout 0.3, Adam with cosine decay, 30 epochs: the widest plain MLP that trains in minutes on two cores. Clothes are not distorted: shifted or scaled, they read worse (tried on 5,000 validation images).</source>
        <translation>1024-1024 ReLU com dropout 0,3, Adam com decaimento cosseno, 30 épocas: o MLP simples mais largo que treina em minutos com dois núcleos. As roupas não são distorcidas: deslocadas ou escaladas, são lidas pior (testado em 5.000 imagens de validação).</translation>
    </message>
    <message>
        <source>DigitLab (bench/accuracy.py measures it)</source>
        <translation>DigitLab (acurácia medida por bench/accuracy.py)</translation>
    </message>
    <message>
        <source>Scoring your drawings…</source>
        <translation>Avaliando os seus desenhos…</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>Carregando o TensorFlow…</translation>
    </message>
    <message>
        <source>Keeping the trained network…</source>
        <translation>Guardando a rede treinada…</translation>
    </message>
    <message>
        <source>Stopped before training began.</source>
        <translation>Parado antes de o treinamento começar.</translation>
    </message>
    <message>
        <source>Nothing was kept: the model it started from is as it was.</source>
        <translation>Nada foi mantido: o modelo de partida continua como estava.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>O treinamento falhou: {error}</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>Preparando os dados…</translation>
    </message>
    <message>
        <source>Training could not start: {error}</source>
        <translation>O treinamento não pôde começar: {error}</translation>
    </message>
    <message>
        <source>Evaluating on the test set…</source>
        <translation>Avaliando no conjunto de teste…</translation>
    </message>
    <message>
        <source>Reading digits drawn by new writers…</source>
        <translation>Lendo dígitos desenhados por novas pessoas…</translation>
    </message>
    <message>
        <source>The weights from before the divergence were kept.</source>
        <translation>Os pesos de antes da divergência foram mantidos.</translation>
    </message>
    <message>
        <source>The loss became NaN at epoch {epoch}, batch {batch}: the weights diverged. Try a lower learning rate than {rate} (e.g. {lower}). {kept}</source>
        <translation>A perda virou NaN na época {epoch}, lote {batch}: os pesos divergiram. Tente uma taxa de aprendizado menor que {rate} (por exemplo, {lower}). {kept}</translation>
    </message>
    <message>
        <source>The weights trained so far are kept.</source>
        <translation>Os pesos treinados até aqui são mantidos.</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after 1 step. {kept}</source>
        <translation>Parado na época {epoch}, após 1 passo. {kept}</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after {count} steps. {kept}</source>
        <translation>Parado na época {epoch}, após {count} passos. {kept}</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for 1 epoch, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Parada antecipada após a época {epoch}: a perda de validação não melhorou em 1 época, então os melhores pesos (perda de validação {loss}) foram restaurados.</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for {count} epochs, so the best weights (validation loss {loss}) were restored.</source>
        <translation>Parada antecipada após a época {epoch}: a perda de validação não melhorou em {count} épocas, então os melhores pesos (perda de validação {loss}) foram restaurados.</translation>
    </message>
    <message>
        <source>Finished 1 epoch.</source>
        <translation>1 época concluída.</translation>
    </message>
    <message>
        <source>Finished {count} epochs.</source>
        <translation>{count} épocas concluídas.</translation>
    </message>
    <message>
        <source>Training did not stop within {seconds} s, so its process was ended; nothing was kept.</source>
        <translation>O treinamento não parou em {seconds} s, então seu processo foi encerrado; nada foi mantido.</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>código de saída {code}</translation>
    </message>
    <message>
        <source>killed by {signal}, as when the system runs out of memory</source>
        <translation>encerrado por {signal}, como quando o sistema fica sem memória</translation>
    </message>
    <message>
        <source>killed by {signal}</source>
        <translation>encerrado por {signal}</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly ({how}); nothing was kept.</source>
        <translation>O processo de treinamento terminou inesperadamente ({how}); nada foi mantido.</translation>
    </message>
    <message>
        <source>{path}: the image is {width}×{height} pixels ({megapixels} megapixels); DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}: a imagem tem {width}×{height} pixels ({megapixels} megapixels); o DigitLab lê imagens de no máximo {limit} megapixels</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: arquivo não encontrado</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}: não foi possível ler ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes)</source>
        <translation>{path}: o arquivo está vazio (0 bytes)</translation>
    </message>
    <message>
        <source>{path}: the image is over {megapixels} megapixels; DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}: a imagem tem mais de {megapixels} megapixels; o DigitLab lê imagens de no máximo {limit} megapixels</translation>
    </message>
    <message>
        <source>{path}: not a readable image (not a picture format DigitLab knows)</source>
        <translation>{path}: não é uma imagem legível (não é um formato de imagem que o DigitLab conheça)</translation>
    </message>
    <message>
        <source>{path}: not a readable image ({reason})</source>
        <translation>{path}: não é uma imagem legível ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>um pipe nomeado (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>um dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>um dispositivo de blocos</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>more while reading it</source>
        <translation>mais ao lê-lo</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>algo que não é um arquivo</translation>
    </message>
    <message>
        <source>expected a regular file, found {found}</source>
        <translation>esperava-se um arquivo comum; encontrado: {found}</translation>
    </message>
    <message>
        <source>expected a file of at most {limit}, found {found}</source>
        <translation>esperava-se um arquivo de no máximo {limit}; encontrado: {found}</translation>
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
        <translation>{path}: esperava-se um arquivo de modelo terminado em {suffixes}; encontrada a extensão {suffix}</translation>
    </message>
    <message>
        <source>{source} expects inputs of shape {shape}; DigitLab feeds 28×28 images (input shape 28×28 or 784)</source>
        <translation>{source} espera entradas de formato {shape}; o DigitLab fornece imagens 28×28 (formato de entrada 28×28 ou 784)</translation>
    </message>
    <message>
        <source>{source} has {units} output units; expected {classes}, one per class</source>
        <translation>{source} tem {units} unidades de saída; esperavam-se {classes}, uma por classe</translation>
    </message>
    <message>
        <source>{source} has {units} output unit; a classifier needs at least 2</source>
        <translation>{source} tem {units} unidade de saída; um classificador precisa de pelo menos 2</translation>
    </message>
    <message>
        <source>Model file {path} does not exist</source>
        <translation>O arquivo de modelo {path} não existe</translation>
    </message>
    <message>
        <source>{path} is a folder; expected a model file</source>
        <translation>{path} é uma pasta; esperava-se um arquivo de modelo</translation>
    </message>
    <message>
        <source>a .keras zip archive</source>
        <translation>um arquivo zip .keras</translation>
    </message>
    <message>
        <source>a legacy HDF5 (.h5) model</source>
        <translation>um modelo HDF5 antigo (.h5)</translation>
    </message>
    <message>
        <source>{path} is not a Keras model: expected {expected}, found {found}</source>
        <translation>{path} não é um modelo Keras: esperava-se {expected}; encontrado: {found}</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>um arquivo vazio</translation>
    </message>
    <message>
        <source>a zip archive (a .keras model?)</source>
        <translation>um arquivo zip (um modelo .keras?)</translation>
    </message>
    <message>
        <source>a damaged or truncated zip archive</source>
        <translation>um arquivo zip danificado ou incompleto</translation>
    </message>
    <message>
        <source>an HDF5 file (a legacy .h5 model?)</source>
        <translation>um arquivo HDF5 (um modelo .h5 antigo?)</translation>
    </message>
    <message>
        <source>data in an unknown format</source>
        <translation>dados em um formato desconhecido</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>um arquivo de texto</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Keras model: {reason}</source>
        <translation>{path} está danificado ou não é um modelo Keras: {reason}</translation>
    </message>
    <message>
        <source>the plots</source>
        <translation>os gráficos</translation>
    </message>
    <message>
        <source>the drawings</source>
        <translation>os desenhos</translation>
    </message>
    <message>
        <source>{out} already exists and is not a TF.js model folder; expected a new or empty folder, or one an earlier export wrote</source>
        <translation>{out} já existe e não é uma pasta de modelo TF.js; esperava-se uma pasta nova ou vazia, ou uma gravada por uma exportação anterior</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>um modelo</translation>
    </message>
    <message>
        <source>the curves</source>
        <translation>as curvas</translation>
    </message>
    <message>
        <source>Cannot write {what}: expected a file name, got an empty one</source>
        <translation>Não é possível gravar {what}: esperava-se um nome de arquivo, e ele está vazio</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {refusal}</source>
        <translation>Não é possível gravar {what} em {path}: {refusal}</translation>
    </message>
    <message>
        <source>it is one of DigitLab&apos;s own data files; choose another name</source>
        <translation>é um dos arquivos de dados do próprio DigitLab; escolha outro nome</translation>
    </message>
    <message>
        <source>expected a new name or a regular file, found {kind}</source>
        <translation>esperava-se um nome novo ou um arquivo comum; encontrado: {kind}</translation>
    </message>
    <message>
        <source>expected a name ending in {suffixes}, found {suffix}</source>
        <translation>esperava-se um nome terminado em {suffixes}; encontrado: {suffix}</translation>
    </message>
    <message>
        <source>{lost}: {reason}</source>
        <translation>{lost}: {reason}</translation>
    </message>
    <message>
        <source>this run is not recorded in the history</source>
        <translation>esta execução não é registrada no histórico</translation>
    </message>
    <message>
        <source>the history does not know how long this run was planned to be</source>
        <translation>o histórico não sabe quanto esta execução deveria durar</translation>
    </message>
    <message>
        <source>this run&apos;s epochs are only partly recorded in the history</source>
        <translation>as épocas desta execução estão registradas só em parte no histórico</translation>
    </message>
    <message>
        <source>this run stays unfinished in the history</source>
        <translation>esta execução fica inacabada no histórico</translation>
    </message>
    <message>
        <source>the history does not know where this run&apos;s model was saved</source>
        <translation>o histórico não sabe onde o modelo desta execução foi salvo</translation>
    </message>
    <message>
        <source>the history does not keep this adaptation&apos;s scores</source>
        <translation>o histórico não guarda as pontuações desta adaptação</translation>
    </message>
    <message>
        <source>the end of this run is recorded, but not its last loss curve points: {reason}</source>
        <translation>o fim desta execução está registrado, mas não os últimos pontos da sua curva de perda: {reason}</translation>
    </message>
    <message>
        <source>run {id} is damaged in the history: {error}</source>
        <translation>a execução {id} está danificada no histórico: {error}</translation>
    </message>
    <message>
        <source>the run history {path} is locked by another program ({error})</source>
        <translation>o histórico de execuções {path} está bloqueado por outro programa ({error})</translation>
    </message>
    <message>
        <source>the run history {path} cannot be used: {error}</source>
        <translation>o histórico de execuções {path} não pode ser usado: {error}</translation>
    </message>
    <message>
        <source>{path} is not a DigitLab run history: {found}</source>
        <translation>{path} não é um histórico de execuções do DigitLab: {found}</translation>
    </message>
    <message>
        <source>the run history {path} is read-only and of schema {found}; this DigitLab reads schema {known} (it updates the file where it may write)</source>
        <translation>o histórico de execuções {path} é somente leitura e de esquema {found}; este DigitLab lê o esquema {known} (ele atualiza o arquivo onde pode gravar)</translation>
    </message>
    <message>
        <source>it has tables of its own and no DigitLab schema version</source>
        <translation>tem tabelas próprias e nenhuma versão de esquema do DigitLab</translation>
    </message>
    <message>
        <source>the run history {path} was written by a newer DigitLab (schema {found}; this one knows up to {known})</source>
        <translation>o histórico de execuções {path} foi gravado por um DigitLab mais novo (esquema {found}; este conhece até o {known})</translation>
    </message>
    <message>
        <source>expected the tables {expected} with DigitLab&apos;s columns, found {found}</source>
        <translation>esperavam-se as tabelas {expected} com as colunas do DigitLab; encontrado: {found}</translation>
    </message>
    <message>
        <source>there is no run {id} in the history (see: digitlab runs)</source>
        <translation>não há execução {id} no histórico (veja: digitlab runs)</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
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
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>No runs selected: select runs in the table to compare their curves.</source>
        <translation>Nenhuma execução selecionada: selecione execuções na tabela para comparar suas curvas.</translation>
    </message>
    <message>
        <source>Run {label}: no epoch recorded.</source>
        <translation>Execução {label}: nenhuma época registrada.</translation>
    </message>
    <message>
        <source>Run {label}: after epoch {epoch} of {epochs}, loss {loss}, accuracy {accuracy}, validation loss {val_loss}, validation accuracy {val_accuracy}; test accuracy {test}.</source>
        <translation>Execução {label}: após a época {epoch} de {epochs}, perda {loss}, acurácia {accuracy}, perda de validação {val_loss}, acurácia de validação {val_accuracy}; acurácia de teste {test}.</translation>
    </message>
    <message>
        <source>Curves as a table</source>
        <translation>Curvas como tabela</translation>
    </message>
    <message>
        <source>One row per epoch of each selected run: loss and accuracy on the training and validation images.</source>
        <translation>Uma linha por época de cada execução selecionada: perda e acurácia nas imagens de treinamento e de validação.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perda de validação</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Acurácia de validação</translation>
    </message>
    <message>
        <source>━━ training &amp;nbsp;&amp;nbsp; ╍╍ validation &amp;nbsp;&amp;nbsp; ★ test</source>
        <translation>━━ treinamento &amp;nbsp;&amp;nbsp; ╍╍ validação &amp;nbsp;&amp;nbsp; ★ teste</translation>
    </message>
    <message>
        <source>Select runs in the table to compare their curves&lt;br&gt;(Ctrl- or Shift-click for several).</source>
        <translation>Selecione execuções na tabela para comparar suas curvas&lt;br&gt;(Ctrl ou Shift + clique para várias).</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabela</translation>
    </message>
    <message>
        <source>List every epoch&apos;s loss and accuracy of the selected runs instead of the plots.</source>
        <translation>Listar a perda e a acurácia de cada época das execuções selecionadas em vez dos gráficos.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Loss and accuracy curves of the selected runs</source>
        <translation>Curvas de perda e acurácia das execuções selecionadas</translation>
    </message>
    <message>
        <source>…and {count} more selected: at most {most} are drawn.</source>
        <translation>…e mais {count} selecionadas: no máximo {most} são desenhadas.</translation>
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
        <translation>O número da execução, como &apos;digitlab runs show ID&apos; o reconhece.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>When the run started.</source>
        <translation>Quando a execução começou.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Layer sizes from input to output, and the hidden layers&apos; activation.</source>
        <translation>Tamanhos das camadas da entrada à saída, e a ativação das camadas ocultas.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Accuracy on the test images, never trained on.</source>
        <translation>Acurácia nas imagens de teste, nunca usadas no treinamento.</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Desenhados</translation>
    </message>
    <message>
        <source>Accuracy on digits drawn by writers the network never saw (digit datasets).</source>
        <translation>Acurácia em dígitos desenhados por pessoas que a rede nunca viu (datasets de dígitos).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Epochs trained.</source>
        <translation>Épocas treinadas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Training time, pauses left out.</source>
        <translation>Tempo de treinamento, sem contar as pausas.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>What it was trained on.</source>
        <translation>Com o que foi treinado.</translation>
    </message>
    <message>
        <source>never ended (the program was closed or killed while it trained)</source>
        <translation>nunca terminou (o programa foi fechado ou encerrado durante o treinamento)</translation>
    </message>
    <message>
        <source>its record in the history is damaged ({damage})</source>
        <translation>seu registro no histórico está danificado ({damage})</translation>
    </message>
    <message>
        <source>Adaptation {id}, {network} on {dataset}: {ended}.</source>
        <translation>Adaptação {id}, rede {network} no dataset {dataset}: {ended}.</translation>
    </message>
    <message>
        <source>Run {id}, {network} on {dataset}: {ended}.</source>
        <translation>Execução {id}, rede {network} no dataset {dataset}: {ended}.</translation>
    </message>
    <message>
        <source>Test score on {count} images.</source>
        <translation>Pontuação de teste em {count} imagens.</translation>
    </message>
    <message>
        <source>Model: {path}</source>
        <translation>Modelo: {path}</translation>
    </message>
    <message>
        <source>Model: not saved</source>
        <translation>Modelo: não salvo</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Execuções registradas</translation>
    </message>
    <message>
        <source>One row per training run, newest first. Select rows to draw their curves below; Shift or Ctrl with the arrow keys and Space selects several.</source>
        <translation>Uma linha por execução de treinamento, a mais recente primeiro. Selecione linhas para desenhar suas curvas abaixo; Shift ou Ctrl com as setas e Espaço selecionam várias.</translation>
    </message>
    <message>
        <source>Run history: {message}</source>
        <translation>Histórico de execuções: {message}</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>Carregar configurações</translation>
    </message>
    <message>
        <source>Put this run&apos;s network, training settings and dataset on the Setup page, to train it again or vary it.</source>
        <translation>Levar a rede, as configurações de treinamento e o dataset desta execução para a página Configuração, para treiná-la de novo ou variá-la.</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>Read the canvas with the model this run saved.</source>
        <translation>Ler a tela com o modelo que esta execução salvou.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the selected run&apos;s curves as CSV, or the plots as an image.</source>
        <translation>Salvar as curvas da execução selecionada como CSV, ou os gráficos como imagem.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Forget the selected runs (their saved models stay).</source>
        <translation>Esquecer as execuções selecionadas (seus modelos salvos ficam).</translation>
    </message>
    <message>
        <source>Curves as CSV…</source>
        <translation>Curvas como CSV…</translation>
    </message>
    <message>
        <source>Plots as PNG or SVG…</source>
        <translation>Gráficos como PNG ou SVG…</translation>
    </message>
    <message>
        <source>The settings of run {id} cannot be used: {error}</source>
        <translation>As configurações da execução {id} não podem ser usadas: {error}</translation>
    </message>
    <message>
        <source>Settings of run #{id} ({network}, test {accuracy}).</source>
        <translation>Configurações da execução nº {id} (rede {network}, acurácia de teste {accuracy}).</translation>
    </message>
    <message>
        <source>The run in progress is recorded until it ends; delete it afterwards.</source>
        <translation>A execução em andamento fica registrada até terminar; exclua-a depois.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Excluir execuções</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Exportar curvas</translation>
    </message>
    <message>
        <source>CSV table ({patterns})</source>
        <translation>Tabela CSV ({patterns})</translation>
    </message>
    <message>
        <source>Saved the curves of run {id} to {path}.</source>
        <translation>Curvas da execução {id} salvas em {path}.</translation>
    </message>
    <message>
        <source>Save plots</source>
        <translation>Salvar gráficos</translation>
    </message>
    <message>
        <source>Saved the plots to {path}.</source>
        <translation>Gráficos salvos em {path}.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Forget run {numbers}? Saved model files are kept.</source>
        <translation>Esquecer a execução {numbers}? Os arquivos de modelo salvos são mantidos.</translation>
    </message>
    <message>
        <source>Forget {count} runs ({numbers})? Saved model files are kept.</source>
        <translation>Esquecer {count} execuções ({numbers})? Os arquivos de modelo salvos são mantidos.</translation>
    </message>
    <message>
        <source>Deleted 1 run.</source>
        <translation>1 execução excluída.</translation>
    </message>
    <message>
        <source>Deleted {count} runs.</source>
        <translation>{count} execuções excluídas.</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>Imagem PNG ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>Desenho SVG ({patterns})</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Live weights have no file yet: export the network when its run ends.</source>
        <translation>Pesos ao vivo ainda não têm arquivo: exporte a rede quando a execução dela terminar.</translation>
    </message>
    <message>
        <source>Cannot export model</source>
        <translation>Não é possível exportar o modelo</translation>
    </message>
    <message>
        <source>Wrote {format} to {path} ({size} MB); on {images} MNIST test images it gives the app&apos;s top class {same} of the time, probabilities within {difference}</source>
        <translation>{format} gravado em {path} ({size} MB); em {images} imagens de teste do MNIST, ele dá a mesma classe principal que o app em {same} das vezes, com probabilidades a no máximo {difference} de distância</translation>
    </message>
    <message>
        <source>&amp;Export model</source>
        <translation>&amp;Exportar modelo</translation>
    </message>
    <message>
        <source>Cannot export now</source>
        <translation>Não é possível exportar agora</translation>
    </message>
    <message>
        <source>Wait until the last export ends.</source>
        <translation>Aguarde até a última exportação terminar.</translation>
    </message>
    <message>
        <source>Exporting {name} as {format} to {path}…</source>
        <translation>Exportando {name} como {format} para {path}…</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Write the model in use as {format}, checked against DigitLab&apos;s own answers</source>
        <translation>Gravar o modelo em uso como {format}, conferido com as respostas do próprio DigitLab</translation>
    </message>
    <message>
        <source>Export {format} into a new folder in</source>
        <translation>Exportar {format} para uma nova pasta em</translation>
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
        <translation>Adaptando: época {epoch} de {epochs}, faltam cerca de {time}</translation>
    </message>
    <message>
        <source>Adapting failed: {error}</source>
        <translation>A adaptação falhou: {error}</translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation>Adaptar à minha letra</translation>
    </message>
    <message>
        <source>Adapting {model} to your {drawings}…</source>
        <translation>Adaptando o modelo {model} aos seus desenhos ({drawings})…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Back to {model}</source>
        <translation>Voltar ao modelo {model}</translation>
    </message>
    <message>
        <source>{result}
{ending} Now reading with {model}.</source>
        <translation>{result}
{ending} Lendo agora com o modelo {model}.</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A {label}</source>
        <translation>Um {label}</translation>
    </message>
    <message>
        <source>A {label}, kept {time}</source>
        <translation>Um {label}, guardado em {time}</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>Meus desenhos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected drawings ({key})</source>
        <translation>Excluir os desenhos selecionados ({key})</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add drawings from a JSON Lines file</source>
        <translation>Adicionar desenhos de um arquivo JSON Lines</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save all drawings as JSON Lines (strokes and labels)</source>
        <translation>Salvar todos os desenhos como JSON Lines (traços e rótulos)</translation>
    </message>
    <message>
        <source>Export IDX…</source>
        <translation>Exportar IDX…</translation>
    </message>
    <message>
        <source>Save all drawings as MNIST-style IDX images and labels</source>
        <translation>Salvar todos os desenhos como imagens e rótulos IDX no estilo do MNIST</translation>
    </message>
    <message>
        <source>{drawings}; label one to keep it here</source>
        <translation>{drawings}; rotule um desenho para guardá-lo aqui</translation>
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
        <translation>Excluir desenhos ({drawings})? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Não é possível excluir</translation>
    </message>
    <message>
        <source>Saved {drawings} as {path}</source>
        <translation>Desenhos salvos em {path}: {drawings}</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Salvo: {files}</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Desenhos</translation>
    </message>
    <message>
        <source>The drawings you labelled, each as its digit; select some to delete them</source>
        <translation>Os desenhos que você rotulou, cada um como seu dígito; selecione alguns para excluí-los</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Importar desenhos</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>Exportar desenhos</translation>
    </message>
    <message>
        <source>Export drawings as IDX files into</source>
        <translation>Exportar desenhos como arquivos IDX para</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Não é possível importar</translation>
    </message>
    <message>
        <source>Imported {drawings}</source>
        <translation>Desenhos importados: {drawings}</translation>
    </message>
    <message>
        <source>Wrong? Click the right digit or press its key to teach DigitLab.</source>
        <translation>Errado? Clique no dígito certo ou pressione a tecla dele para ensinar o DigitLab.</translation>
    </message>
    <message>
        <source>1 drawing</source>
        <translation>1 desenho</translation>
    </message>
    <message>
        <source>{count} drawings</source>
        <translation>{count} desenhos</translation>
    </message>
    <message>
        <source>Teaching needs a model that reads the digits 0–9.</source>
        <translation>Ensinar exige um modelo que leia os dígitos de 0 a 9.</translation>
    </message>
    <message>
        <source>Your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>Seus {label}s: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>{mine}.</source>
        <translation>{mine}.</translation>
    </message>
    <message>
        <source>{mine}; MNIST test {before} → {after}.</source>
        <translation>{mine}; teste do MNIST {before} → {after}.</translation>
    </message>
    <message>
        <source>your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>seus {label}s: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count}</source>
        <translation>Seus desenhos: {before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count} ({classes})</source>
        <translation>Seus desenhos: {before}/{count} → {after}/{count} ({classes})</translation>
    </message>
    <message>
        <source>My drawings…</source>
        <translation>Meus desenhos…</translation>
    </message>
    <message>
        <source>Browse, delete, export and import the drawings you labelled</source>
        <translation>Navegar, excluir, exportar e importar os desenhos que você rotulou</translation>
    </message>
    <message>
        <source>Fine-tune the model to your labelled drawings, in the background</source>
        <translation>Fazer o ajuste fino do modelo com os seus desenhos rotulados, em segundo plano</translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation>E&amp;nsinar</translation>
    </message>
    <message>
        <source>Keep the drawing as that digit (Teach)</source>
        <translation>Guardar o desenho como esse dígito (Ensinar)</translation>
    </message>
    <message>
        <source>Cannot keep the drawing</source>
        <translation>Não é possível guardar o desenho</translation>
    </message>
    <message>
        <source>Kept as a {label} (read right) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Guardado como {label} (lido certo) · {drawings}. Adapte o modelo para usar os desenhos; Desfazer anula isso.</translation>
    </message>
    <message>
        <source>Kept as a {label} (DigitLab read {read_as}) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>Guardado como {label} (o DigitLab leu {read_as}) · {drawings}. Adapte o modelo para usar os desenhos; Desfazer anula isso.</translation>
    </message>
    <message>
        <source>Cannot adapt</source>
        <translation>Não é possível adaptar</translation>
    </message>
    <message>
        <source>A dropped picture has no pen strokes to keep: draw the digit to teach it.</source>
        <translation>Uma imagem solta não tem traços de caneta para guardar: desenhe o dígito para ensiná-lo.</translation>
    </message>
    <message>
        <source>Draw a digit first, then click its bar or press its key.</source>
        <translation>Desenhe um dígito primeiro, depois clique na barra dele ou pressione a tecla dele.</translation>
    </message>
    <message>
        <source>An adaptation is running already.</source>
        <translation>Uma adaptação já está em andamento.</translation>
    </message>
    <message>
        <source>This model has no file yet: save it from the Train panel, open it, and adapt that.</source>
        <translation>Este modelo ainda não tem arquivo: salve-o no painel Treinar, abra-o e adapte esse modelo.</translation>
    </message>
    <message>
        <source>Label at least one drawing first: draw a digit, then click its bar.</source>
        <translation>Rotule pelo menos um desenho primeiro: desenhe um dígito e clique na barra dele.</translation>
    </message>
    <message>
        <source>Cannot forget the drawing</source>
        <translation>Não é possível esquecer o desenho</translation>
    </message>
    <message>
        <source>Taken back: the {label} is no longer kept · {drawings}.</source>
        <translation>Desfeito: o desenho de {label} não está mais guardado · {drawings}.</translation>
    </message>
    <message>
        <source>My drawings ({count})…</source>
        <translation>Meus desenhos ({count})…</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>MNIST digits (bundled)</source>
        <translation>Dígitos do MNIST (incluídos)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (downloaded once)</source>
        <translation>Roupas do Fashion-MNIST (baixadas uma vez)</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (bundled)</source>
        <translation>Roupas do Fashion-MNIST (incluídas)</translation>
    </message>
    <message>
        <source>{name}: {train} training images, {test} test images, {classes} classes</source>
        <translation>{name}: {train} imagens de treinamento, {test} imagens de teste, {classes} classes</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>The images and labels the network learns from; the test part is kept aside to judge it at the end.</source>
        <translation>As imagens e os rótulos com os quais a rede aprende; a parte de teste fica separada para avaliá-la no final.</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Pasta…</translation>
    </message>
    <message>
        <source>Train on any folder holding the four MNIST-format IDX files (train/t10k images and labels).</source>
        <translation>Treinar com qualquer pasta que contenha os quatro arquivos IDX no formato MNIST (imagens e rótulos train/t10k).</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Ainda não carregado</translation>
    </message>
    <message>
        <source>One training image of each class, as the network sees it.</source>
        <translation>Uma imagem de treinamento de cada classe, como a rede a vê.</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Carregando {name}…</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Pasta: {name}</translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation>Pasta de arquivos IDX</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>Não foi possível carregar: {error}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perda de treinamento</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>acurácia de treinamento</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perda de validação</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>acurácia de validação</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}.</source>
        <translation>Época {epoch}: perda de treinamento {loss}, acurácia {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}; validation loss {val_loss}, accuracy {val_accuracy}.</source>
        <translation>Época {epoch}: perda de treinamento {loss}, acurácia {accuracy}; perda de validação {val_loss}, acurácia {val_accuracy}.</translation>
    </message>
    <message>
        <source>Learning curves as a table</source>
        <translation>Curvas de aprendizado como tabela</translation>
    </message>
    <message>
        <source>One row per epoch: the training and validation loss and accuracy the curves show.</source>
        <translation>Uma linha por época: a perda e a acurácia de treinamento e de validação que as curvas mostram.</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Época {epoch}</translation>
    </message>
    <message>
        <source>The arrows step 1-2-5.</source>
        <translation>As setas avançam em passos 1-2-5.</translation>
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
        <translation>{name}: fixado em {value}, definido pela sua aula</translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by the policy of this computer</source>
        <translation>{name}: fixado em {value}, definido pela política deste computador</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by your lesson</source>
        <translation>{name}: no máximo {value}, definido pela sua aula</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by the policy of this computer</source>
        <translation>{name}: no máximo {value}, definido pela política deste computador</translation>
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
        <translation>Ativação</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>{setting}, hidden layer {layer}</source>
        <translation>{setting}, camada oculta {layer}</translation>
    </message>
    <message>
        <source>The layers the network will have, each one&apos;s output size and its weights + biases: this is what training adjusts.</source>
        <translation>As camadas que a rede terá, o tamanho de saída de cada uma e seus pesos + vieses: é isso que o treinamento ajusta.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Camadas ocultas</translation>
    </message>
    <message>
        <source>The hidden layers, from the input (top) to the output (bottom).</source>
        <translation>As camadas ocultas, da entrada (em cima) à saída (embaixo).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected one.</source>
        <translation>Adicionar uma camada oculta após a selecionada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer.</source>
        <translation>Remover a camada oculta selecionada.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected layer towards the input.</source>
        <translation>Mover a camada selecionada em direção à entrada.</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the selected layer towards the output.</source>
        <translation>Mover a camada selecionada em direção à saída.</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Inicializador</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Penalidade L2</translation>
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
        <translation>saída (softmax)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>camada</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>saídas</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parâmetros</translation>
    </message>
    <message>
        <source>hidden {index} ({activation}, dropout {dropout})</source>
        <translation>oculta {index} (ativação {activation}, dropout {dropout})</translation>
    </message>
    <message>
        <source>hidden {index} ({activation})</source>
        <translation>oculta {index} (ativação {activation})</translation>
    </message>
    <message>
        <source>your network</source>
        <translation>sua rede</translation>
    </message>
    <message>
        <source>Cannot train: {error}</source>
        <translation>Não é possível treinar: {error}</translation>
    </message>
    <message>
        <source>Loading {dataset}…</source>
        <translation>Carregando {dataset}…</translation>
    </message>
    <message>
        <source>Paused: training waits between two batches.</source>
        <translation>Pausado: o treinamento aguarda entre dois lotes.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Treinando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>{preset} published</source>
        <translation>predefinição {preset}: publicado</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <source>Build and train your own network</source>
        <translation>Monte e treine a sua própria rede</translation>
    </message>
    <message>
        <source>Set by your lesson from {preset}.</source>
        <translation>Definido pela sua aula a partir da predefinição {preset}.</translation>
    </message>
    <message>
        <source>Set by your lesson.</source>
        <translation>Definido pela sua aula.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>Não é possível salvar agora</translation>
    </message>
    <message>
        <source>Wait until training or the last save ends.</source>
        <translation>Aguarde até o treinamento ou o último salvamento terminar.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Salvando {path}…</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Treinamento em andamento</translation>
    </message>
    <message>
        <source>A network is still training. Stop training and close? The network being trained is lost unless you saved it.</source>
        <translation>Uma rede ainda está em treinamento. Parar o treinamento e fechar? A rede em treinamento será perdida se você não a tiver salvado.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Train panel pages</source>
        <translation>Páginas do painel Treinar</translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation>Configurações inválidas</translation>
    </message>
    <message>
        <source>Training… the results appear here when it ends.</source>
        <translation>Treinando… os resultados aparecem aqui quando terminar.</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Não é possível treinar</translation>
    </message>
    <message>
        <source>Training: {epochs} epochs of {batches} batches of {size}.</source>
        <translation>Treinamento: {epochs} épocas de {batches} lotes de {size}.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>O treinamento falhou</translation>
    </message>
    <message>
        <source>{network} at epoch {epoch}</source>
        <translation>Rede {network} na época {epoch}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} salvo.</translation>
    </message>
    <message>
        <source>Saving failed; the trained model is still here, try another place.</source>
        <translation>Falha ao salvar; o modelo treinado continua aqui, tente outro local.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}.</source>
        <translation>Época {epoch} concluída: acurácia de treinamento {accuracy}.</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}, validation accuracy {validation}.</source>
        <translation>Época {epoch} concluída: acurácia de treinamento {accuracy}, acurácia de validação {validation}.</translation>
    </message>
    <message>
        <source>Could not load the dataset: {message}</source>
        <translation>Não foi possível carregar o dataset: {message}</translation>
    </message>
    <message>
        <source>training (smoothed), faint: batches,</source>
        <translation>treinamento (suavizado), esmaecido: lotes,</translation>
    </message>
    <message>
        <source>mean of the epoch</source>
        <translation>média da época</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>Loss is the cross-entropy: how unlikely the network found the right answers. Training loss falls as the network fits its training images; when validation loss stops falling while training loss goes on, the network has started to memorise (overfit).</source>
        <translation>A perda é a entropia cruzada: o quão improváveis a rede achou as respostas certas. A perda de treinamento cai à medida que a rede se ajusta às suas imagens de treinamento; quando a perda de validação para de cair enquanto a de treinamento continua caindo, a rede começou a decorar (sobreajuste).</translation>
    </message>
    <message>
        <source>Show the curves as a table</source>
        <translation>Mostrar as curvas como tabela</translation>
    </message>
    <message>
        <source>One row per epoch instead of the curves: the figures a screen reader can read.</source>
        <translation>Uma linha por época em vez das curvas: os números que um leitor de tela consegue ler.</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Curva de perda</translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation>Curva de acurácia</translation>
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
        <translation>Nenhuma época terminou ainda.</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}.</source>
        <translation>Acurácia de teste {accuracy}.</translation>
    </message>
    <message>
        <source>{name} ({dataset}, not published)</source>
        <translation>{name} ({dataset}, não publicado)</translation>
    </message>
    <message>
        <source>{name} ({dataset}, {accuracy})</source>
        <translation>{name} ({dataset}, acurácia {accuracy})</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Predefinições</translation>
    </message>
    <message>
        <source>Recipes from tutorials, each with the test accuracy its source published, so you can reproduce it and then change one thing.</source>
        <translation>Receitas de tutoriais, cada uma com a acurácia de teste que sua fonte publicou, para você reproduzi-la e depois mudar uma coisa.</translation>
    </message>
    <message>
        <source>{description} Source: {source}</source>
        <translation>{description} Fonte: {source}</translation>
    </message>
    <message>
        <source>Progress through the current epoch (one pass over the training images).</source>
        <translation>Progresso na época atual (uma passada pelas imagens de treinamento).</translation>
    </message>
    <message>
        <source>Progress through the whole run: training images processed per second, time spent training (pauses excluded) and the estimated time left.</source>
        <translation>Progresso na execução inteira: imagens de treinamento processadas por segundo, tempo gasto treinando (sem as pausas) e o tempo restante estimado.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progresso do treinamento</translation>
    </message>
    <message>
        <source>{epoch} of {epochs}: {percent}</source>
        <translation>Época {epoch} de {epochs}: {percent}</translation>
    </message>
    <message>
        <source>{speed} images/s · {elapsed} elapsed · about {left} left</source>
        <translation>{speed} imagens/s · {elapsed} decorridos · cerca de {left} restantes</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Stopped early.</source>
        <translation>Parado antecipadamente.</translation>
    </message>
    <message>
        <source>Training diverged.</source>
        <translation>O treinamento divergiu.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>O treinamento falhou.</translation>
    </message>
    <message>
        <source>Test accuracy {test}</source>
        <translation>Acurácia de teste {test}</translation>
    </message>
    <message>
        <source>Test accuracy {test} · drawn digits by new writers {drawn}</source>
        <translation>Acurácia de teste {test} · dígitos desenhados por novas pessoas {drawn}</translation>
    </message>
    <message>
        <source>Confusion matrix: row = true class, column = the network&apos;s answer. Off-diagonal cells show which classes it mixes up.</source>
        <translation>Matriz de confusão: linha = classe verdadeira, coluna = resposta da rede. As células fora da diagonal mostram quais classes ela confunde.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>classe verdadeira {name}</translation>
    </message>
    <message>
        <source>read as {name}</source>
        <translation>lido como {name}</translation>
    </message>
    <message>
        <source>True {true}, answered {answer}: {count} images ({share} of all {true})</source>
        <translation>Classe verdadeira {true}, resposta {answer}: {count} imagens ({share} de todas as imagens de {true})</translation>
    </message>
    <message>
        <source>Test accuracy: the dataset&apos;s test images. Drawn digits by new writers: digits drawn with a pen by six people no model is trained or tuned on, rendered as the canvas renders drawings; how well it will read yours.</source>
        <translation>Acurácia de teste: as imagens de teste do dataset. Dígitos desenhados por novas pessoas: dígitos desenhados à caneta por seis pessoas com as quais nenhum modelo é treinado ou ajustado, renderizados como a tela renderiza os desenhos; o quão bem ele vai ler os seus.</translation>
    </message>
    <message>
        <source>Read the canvas with this network: draw and see how it does.</source>
        <translation>Ler a tela com esta rede: desenhe e veja como ela se sai.</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Salvar modelo…</translation>
    </message>
    <message>
        <source>Write the network, its settings and scores to a .keras file you can open later.</source>
        <translation>Gravar a rede, suas configurações e pontuações em um arquivo .keras que você pode abrir depois.</translation>
    </message>
    <message>
        <source>Test images the network got wrong, most confident first.</source>
        <translation>Imagens de teste que a rede errou, as de maior confiança primeiro.</translation>
    </message>
    <message>
        <source>Train a network to see how well it does here.</source>
        <translation>Treine uma rede para ver como ela se sai aqui.</translation>
    </message>
    <message>
        <source>No test scores: the run ended before training began.</source>
        <translation>Sem pontuações de teste: a execução terminou antes de o treinamento começar.</translation>
    </message>
    <message>
        <source>In use ✓</source>
        <translation>Em uso ✓</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: true class, columns: answer)</source>
        <translation>&lt;b&gt;Matriz de confusão&lt;/b&gt; (linhas: classe verdadeira, colunas: resposta)</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · 1 epoch in {seconds} s</source>
        <translation>perda de teste {loss} em {images} imagens · 1 época em {seconds} s</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · {epochs} epochs in {seconds} s</source>
        <translation>perda de teste {loss} em {images} imagens · {epochs} épocas em {seconds} s</translation>
    </message>
    <message>
        <source>{difference} points</source>
        <translation>{difference} pontos percentuais</translation>
    </message>
    <message>
        <source>{details} · published {published} ({difference})</source>
        <translation>{details} · publicado: {published} ({difference})</translation>
    </message>
    <message>
        <source>{true} → {answer}</source>
        <translation>{true} → {answer}</translation>
    </message>
    <message>
        <source>{confidence} sure</source>
        <translation>{confidence} de certeza</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistakes&lt;/b&gt; (true class → answer): {wrong} of {total} test images wrong; the {shown} it was surest about:</source>
        <translation>&lt;b&gt;Erros&lt;/b&gt; (classe verdadeira → resposta): {wrong} de {total} imagens de teste erradas; as {shown} em que ela tinha mais certeza:</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Build the network and train it on the chosen data.</source>
        <translation>Montar a rede e treiná-la com os dados escolhidos.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Hold training between two batches; resume any time.</source>
        <translation>Pausar o treinamento entre dois lotes; retome quando quiser.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>End training now and keep the weights learned so far.</source>
        <translation>Encerrar o treinamento agora e manter os pesos aprendidos até aqui.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Start from a preset, or set up your own network below.</source>
        <translation>Comece de uma predefinição ou configure a sua própria rede abaixo.</translation>
    </message>
    <message>
        <source>Preset: {preset} — {description}</source>
        <translation>Predefinição: {preset} — {description}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>% of training images</source>
        <translation>% das imagens de treinamento</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <source>Give the held-back validation set as a percentage or as a number of images.</source>
        <translation>Informe o conjunto de validação separado como porcentagem ou como número de imagens.</translation>
    </message>
    <message>
        <source>Validation unit</source>
        <translation>Unidade de validação</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Add pen-drawn digits</source>
        <translation>Adicionar dígitos à caneta</translation>
    </message>
    <message>
        <source>Distort training digits</source>
        <translation>Distorcer dígitos de treino</translation>
    </message>
    <message>
        <source>Pen-drawn digits need a dataset of the digits 0–9.</source>
        <translation>Dígitos desenhados à caneta precisam de um dataset dos dígitos 0–9.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation>Fator de decaimento</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada antecipada</translation>
    </message>
    <message>
        <source>Drawn digits</source>
        <translation>Dígitos desenhados</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de dados</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>This copy of DigitLab runs from source, so it has no {file}: installers generate it when they are built (packaging/notices.py). DigitLab itself is MIT licensed; each library it uses carries its own licence in your Python environment.</source>
        <translation>Esta cópia do DigitLab é executada a partir do código-fonte, por isso não tem {file}: os instaladores o geram quando são criados (packaging/notices.py). O próprio DigitLab tem licença MIT; cada biblioteca que ele usa traz sua própria licença no seu ambiente Python.</translation>
    </message>
    <message>
        <source>Draw a digit and watch a multilayer perceptron read it live.</source>
        <translation>Desenhe um dígito e veja um perceptron multicamadas lê-lo ao vivo.</translation>
    </message>
    <message>
        <source>Active model trained with {libraries}</source>
        <translation>Modelo ativo treinado com {libraries}</translation>
    </message>
    <message>
        <source>About DigitLab</source>
        <translation>Sobre o DigitLab</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licenças…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licenças de terceiros</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Abrir imagem</translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation>Não é possível ler a imagem</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} aberto</translation>
    </message>
    <message>
        <source>The guide is the README.md of DigitLab&apos;s source; this installation does not carry a copy.</source>
        <translation>O guia é o README.md do código-fonte do DigitLab; esta instalação não traz uma cópia.</translation>
    </message>
    <message>
        <source>DigitLab guide</source>
        <translation>Guia do DigitLab</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Open a model to read digits (File ▸ Open model…)</source>
        <translation>Abra um modelo para ler dígitos (Arquivo ▸ Abrir modelo…)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>Não é possível salvar o modelo</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Não é possível abrir o modelo</translation>
    </message>
    <message>
        <source>The model used last, {last}, is gone or unreadable: reading with {default}.</source>
        <translation>O último modelo usado, {last}, sumiu ou está ilegível: lendo com {default}.</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nada para salvar</translation>
    </message>
    <message>
        <source>This network is still training: save it when the run ends.</source>
        <translation>Esta rede ainda está em treinamento: salve-a quando a execução terminar.</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>Não é possível salvar agora</translation>
    </message>
    <message>
        <source>Wait until the last save ends.</source>
        <translation>Aguarde até o último salvamento terminar.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Salvando {path}…</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <source>Read digits with a saved Keras model</source>
        <translation>Ler dígitos com um modelo Keras salvo</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>Abrir &amp;imagem…</translation>
    </message>
    <message>
        <source>Put a picture of a digit on the canvas for the network to read</source>
        <translation>Colocar na tela uma imagem de um dígito para a rede ler</translation>
    </message>
    <message>
        <source>&amp;Draw a sample digit</source>
        <translation>Desenhar dígito de &amp;exemplo</translation>
    </message>
    <message>
        <source>Put a digit a person drew on the canvas for the network to read</source>
        <translation>Colocar na tela um dígito que uma pessoa desenhou, para a rede ler</translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation>&amp;Salvar modelo como…</translation>
    </message>
    <message>
        <source>Keep a copy of the model in use</source>
        <translation>Guardar uma cópia do modelo em uso</translation>
    </message>
    <message>
        <source>Back to the previous model</source>
        <translation>Voltar ao modelo anterior</translation>
    </message>
    <message>
        <source>Read with the model used before this one</source>
        <translation>Ler com o modelo usado antes deste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>Desfazer o último traço</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Limpar a tela</translation>
    </message>
    <message>
        <source>DigitLab &amp;guide</source>
        <translation>&amp;Guia do DigitLab</translation>
    </message>
    <message>
        <source>How to draw, train, look inside and teach</source>
        <translation>Como desenhar, treinar, ver por dentro e ensinar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atal&amp;hos de teclado</translation>
    </message>
    <message>
        <source>Every key DigitLab answers to</source>
        <translation>Todas as teclas às quais o DigitLab responde</translation>
    </message>
    <message>
        <source>&amp;About DigitLab</source>
        <translation>&amp;Sobre o DigitLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Caneta</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Espessura da caneta</translation>
    </message>
    <message>
        <source>Pen width (the digit is scaled to MNIST&apos;s size, so this sets how bold the stroke looks to the network)</source>
        <translation>Espessura da caneta (o dígito é redimensionado para o tamanho do MNIST, então isso define o quão grosso o traço parece para a rede)</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Voltar a {name}</translation>
    </message>
    <message>
        <source>The canvas is now read by {name}: draw a digit to try it.</source>
        <translation>A tela agora é lida por {name}: desenhe um dígito para testar.</translation>
    </message>
    <message>
        <source>Could not open {path}: {error}</source>
        <translation>Não foi possível abrir {path}: {error}</translation>
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
        <translation>Salvar modelo como</translation>
    </message>
    <message>
        <source>A {digit} drawn by a writer DigitLab never trained on</source>
        <translation>Um {digit} desenhado por uma pessoa cujos dígitos o DigitLab nunca usou no treinamento</translation>
    </message>
</context>
</TS>
