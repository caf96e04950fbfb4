<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Active</name>
    <message>
        <source>test accuracy {value}</source>
        <translation>测试准确率 {value}</translation>
    </message>
    <message>
        <source>drawn digits by new writers {value}</source>
        <translation>新书写者的手写数字 {value}</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen</source>
        <translation>训练数据：{dataset} + 笔写</translation>
    </message>
    <message>
        <source>trained on {dataset} + scans</source>
        <translation>训练数据：{dataset} + 扫描</translation>
    </message>
    <message>
        <source>trained on {dataset} + pen + scans</source>
        <translation>训练数据：{dataset} + 笔写 + 扫描</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>模型：{name}</translation>
    </message>
    <message>
        <source>trained on {dataset}</source>
        <translation>训练数据集：{dataset}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The window follows the system&apos;s language: {language}.</source>
        <translation>窗口跟随系统语言：{language}。</translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>窗口语言已切换为 {language}。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>The platform&apos;s colours; high contrast when the platform asks for it</source>
        <translation>系统平台的配色；平台要求时使用高对比度</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>看它学习</translation>
    </message>
    <message>
        <source>While training runs, the canvas reads your drawing with the newest weights (twice a second), and the Weights tab shows them: draw a digit and watch the answer sharpen.</source>
        <translation>训练运行时，画布会用最新的权重识别你的手绘数字（每秒两次），“权重”标签页会显示这些权重：画一个数字，看答案变得越来越明确。</translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <source>No answer: the model&apos;s outputs are not numbers (its weights have diverged)</source>
        <translation>没有答案：模型的输出不是有效数值（它的权重已发散）</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零</translation>
    </message>
    <message>
        <source>One</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>二</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Four</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Five</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Six</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Seven</source>
        <translation>七</translation>
    </message>
    <message>
        <source>Eight</source>
        <translation>八</translation>
    </message>
    <message>
        <source>Nine</source>
        <translation>九</translation>
    </message>
    <message>
        <source>{answer}, {percent} sure</source>
        <translation>{answer}，把握 {percent}</translation>
    </message>
    <message>
        <source>Draw a digit here
or drop an image</source>
        <translation>在这里画一个数字
或拖入一张图片</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>手绘画布</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop or open an image. Clear wipes it, Undo takes back the last stroke. The answer is read out after each stroke.</source>
        <translation>用鼠标、触控笔或手指画一个数字，或拖入、打开一张图片。“清除”会擦掉它，“撤销”会收回最后一笔。每画一笔后都会朗读答案。</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger, or drop an image here</source>
        <translation>用鼠标、触控笔或手指画一个数字，或把图片拖到这里</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>拖入的图像</translation>
    </message>
    <message>
        <source>nothing Qt could decode</source>
        <translation>Qt 无法解码的内容</translation>
    </message>
    <message>
        <source>cannot read this image: expected a picture in {source}, found {found}</source>
        <translation>无法读取此图像：{source} 中应为图片，实际为 {found}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>The 28×28 image the network reads: your drawing cropped, scaled into a 20-pixel box and centred by its centre of mass, as MNIST digits are</source>
        <translation>网络读取的 28×28 图像：你的手绘经过裁剪，缩放到 20 像素的方框内，并按质心居中，与 MNIST 数字的处理方式相同</translation>
    </message>
    <message>
        <source>Network input</source>
        <translation>网络输入</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>把握 {percent}</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}：{percent}</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Draw a digit to look inside the network.</source>
        <translation>画一个数字，看看网络内部。</translation>
    </message>
    <message>
        <source>Nothing to show: the network&apos;s values are not numbers (its weights diverged).</source>
        <translation>无可显示：网络的数值不是有效数值（它的权重已发散）。</translation>
    </message>
    <message>
        <source>One square per unit (neuron), always in the same place: red when it fires for your drawing, the stronger the redder; white when silent, blue below zero.</source>
        <translation>每个方块代表一个神经元，位置始终不变：对你的手绘有激活时显示红色，越强越红；不激活时为白色，低于零时为蓝色。</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我看到的是什么？</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} 个神经元</translation>
    </message>
    <message>
        <source>Why “{name}”?</source>
        <translation>为什么是“{name}”？</translation>
    </message>
    <message>
        <source>Red ink raises the network&apos;s score for “{name}”, blue ink lowers it: each pixel&apos;s ink times how strongly the score reacts to it.</source>
        <translation>红色笔迹提高网络对“{name}”的得分，蓝色笔迹降低它：即每个像素的笔迹乘以得分对它的敏感程度。</translation>
    </message>
    <message>
        <source>Strongest units of {layer}</source>
        <translation>{layer} 层中最强的神经元</translation>
    </message>
    <message>
        <source>The weights of the {count} units of {layer} that fire most, laid out like the image, with your drawing shaded over them: each adds up the ink on its red weights and takes away the ink on its blue ones.</source>
        <translation>{layer} 层中激活最强的 {count} 个神经元的权重，按图像排列，并叠加显示你的手绘：每个神经元把落在红色权重上的笔迹加起来，再减去落在蓝色权重上的笔迹。</translation>
    </message>
    <message>
        <source>{layer}, unit {unit}</source>
        <translation>{layer} 层，神经元 {unit}</translation>
    </message>
    <message>
        <source>Fires {value} and supports “{name}” most. Ink on its red pixels excites it, ink on blue ones holds it back. Point at any unit to see it here.</source>
        <translation>激活值为 {value}，最支持“{name}”。落在红色像素上的笔迹会激发它，落在蓝色像素上的会抑制它。将指针指向任意神经元即可在这里查看。</translation>
    </message>
    <message>
        <source>Views of the answer</source>
        <translation>答案视图</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>What the network answers</source>
        <translation>网络的答案</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>What happens inside the network as it reads</source>
        <translation>网络识别时内部发生了什么</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>What the units of the first layer look for</source>
        <translation>第一层的神经元在寻找什么</translation>
    </message>
    <message>
        <source>Open a model to see its first layer&apos;s weights.</source>
        <translation>打开一个模型，查看它第一层的权重。</translation>
    </message>
    <message>
        <source>This model&apos;s first layer does not read the 28×28 pixels directly.</source>
        <translation>这个模型的第一层并不直接读取 28×28 像素。</translation>
    </message>
    <message>
        <source>Each of the {units} units of {layer} as its 784 weights, laid out like the image: ink on red weights excites the unit, ink on blue ones inhibits it (each image scaled to its own strongest weight). Train with “{option}” to see them grow from noise into strokes.</source>
        <translation>{layer} 层的 {units} 个神经元各自的 784 个权重，按图像排列：落在红色权重上的笔迹会激发该神经元，落在蓝色权重上的会抑制它（每幅图按自身最强的权重缩放）。开启“{option}”进行训练，可以看到它们从噪声逐渐长成笔画。</translation>
    </message>
    <message>
        <source>Point at a unit to read it.</source>
        <translation>将指针指向一个神经元即可查看。</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>第一层权重</translation>
    </message>
    <message>
        <source>How large each weight image is drawn</source>
        <translation>每幅权重图的显示大小</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Weights of the first layer&apos;s units</source>
        <translation>第一层神经元的权重</translation>
    </message>
    <message>
        <source>Unit {unit}: {low} to {high}</source>
        <translation>神经元 {unit}：{low} 到 {high}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>A question to think about</source>
        <translation>思考题</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>课程步骤</translation>
    </message>
    <message>
        <source>Each step, ticked once DigitLab sees you have done it; choose one to read it.</source>
        <translation>各个步骤，DigitLab 发现你完成后会打勾；选择一个步骤即可阅读。</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>步骤说明</translation>
    </message>
    <message>
        <source>◂ All lessons</source>
        <translation>◂ 所有课程</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ 返回</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>帮我做</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>下一步 ▸</translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>所有课程</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Carry out this step for you, in the part of DigitLab it is about.</source>
        <translation>在 DigitLab 中相关的部分替你完成这一步。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · about {minutes} min</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · 约 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Step {number}, done: {title}</source>
        <translation>第 {number} 步，已完成：{title}</translation>
    </message>
    <message>
        <source>Step {number}, to do: {title}</source>
        <translation>第 {number} 步，待完成：{title}</translation>
    </message>
    <message>
        <source>DigitLab lessons ({patterns})</source>
        <translation>DigitLab 课程 ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>所有文件 ({patterns})</translation>
    </message>
    <message>
        <source>That part of DigitLab is not available here (hidden by the policy of this computer).</source>
        <translation>DigitLab 的这一部分在此不可用（已被这台计算机的策略隐藏）。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Each lesson with its length and the steps done; Enter opens it.</source>
        <translation>每门课程的时长和已完成的步骤；按 Enter 打开。</translation>
    </message>
    <message>
        <source>Guided lessons: train, compare, look inside, teach</source>
        <translation>引导式课程：训练、比较、探查内部、教它认字</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Guided lessons, one step at a time</source>
        <translation>引导式课程，一次一步</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a lesson file ({suffix}) a teacher shared</source>
        <translation>打开老师分享的课程文件 ({suffix})</translation>
    </message>
    <message>
        <source>{title}  ·  {minutes} min  ·  {done}/{steps} done
{summary}</source>
        <translation>{title}  ·  {minutes} 分钟  ·  已完成 {done}/{steps}
{summary}</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Pick a lesson. Each is a few short steps; DigitLab ticks a step when you have done it, and remembers where you were.</source>
        <translation>选择一门课程。每门课程都包含几个简短的步骤；你完成一步后 DigitLab 会打勾，并记住你的进度。</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons cannot read your history: {error}</source>
        <translation>课程无法读取你的历史记录：{error}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>{ending} Not recorded in the run history: {problem}</source>
        <translation>{ending} 未记入运行记录：{problem}</translation>
    </message>
    <message>
        <source>Keeping the adapted network…</source>
        <translation>正在保存适应后的网络…</translation>
    </message>
    <message>
        <source>Neurons in this layer: more can learn finer patterns, but cost more time and overfit more easily.</source>
        <translation>该层的神经元数：越多越能学到精细的模式，但更耗时，也更容易过拟合。</translation>
    </message>
    <message>
        <source>The non-linearity each neuron applies to its weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation>每个神经元对其加权和施加的非线性函数；没有它，多层叠加会退化成单个线性映射。</translation>
    </message>
    <message>
        <source>Fraction of this layer&apos;s outputs switched off at random in each training step, so the network cannot rely on any single neuron (less overfitting).</source>
        <translation>每个训练步骤中随机关闭的该层输出比例，使网络不能依赖任何单个神经元（减少过拟合）。</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: Glorot suits tanh/sigmoid, He suits ReLU; a poor choice makes deep nets start slowly or diverge.</source>
        <translation>初始权重如何随机生成：Glorot 适合 tanh/sigmoid，He 适合 ReLU；选得不好会让深层网络起步缓慢或发散。</translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss: keeps weights small, which smooths the decision boundary and reduces overfitting (0 = off).</source>
        <translation>加到损失上的大权重惩罚项：让权重保持较小，从而使决策边界更平滑并减少过拟合（0 = 关闭）。</translation>
    </message>
    <message>
        <source>pixels 0…1</source>
        <translation>像素 0…1</translation>
    </message>
    <message>
        <source>standardized (mean 0, std 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>What the network sees: pixels in 0…1, or standardized to mean 0 and standard deviation 1 (helps SGD with tanh layers).</source>
        <translation>网络看到的输入：0…1 之间的像素值，或标准化为均值 0、标准差 1（有助于用 SGD 训练 tanh 层）。</translation>
    </message>
    <message>
        <source>Outputs of the softmax layer, one per class: the dataset decides it.</source>
        <translation>softmax 层的输出数，每个类别一个：由数据集决定。</translation>
    </message>
    <message>
        <source>Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke width) so the network learns digits as people really draw them.</source>
        <translation>每个训练批次都重新变形（平移、旋转、缩放、剪切、弯曲、笔画粗细），让网络学会人们实际书写的数字。</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Largest move of a digit up, down or sideways: people seldom draw in the centre.</source>
        <translation>数字上下左右移动的最大距离：人们很少正好写在中央。</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>度</translation>
    </message>
    <message>
        <source>Largest tilt either way: handwriting leans.</source>
        <translation>向任一侧旋转的最大角度：手写字会倾斜。</translation>
    </message>
    <message>
        <source>Largest change of size, as a fraction (0.12 = up to 12% larger or smaller).</source>
        <translation>尺寸的最大变化比例（0.12 = 最多放大或缩小 12%）。</translation>
    </message>
    <message>
        <source>Largest slant, as columns shifted per row: upright and italic writers differ.</source>
        <translation>最大倾斜度，以每行平移的列数表示：书写者有的写得端正，有的写得倾斜。</translation>
    </message>
    <message>
        <source>How far the elastic distortion bends strokes, like an unsteady hand (0 = none).</source>
        <translation>弹性形变使笔画弯曲的程度，就像手不稳时那样（0 = 无）。</translation>
    </message>
    <message>
        <source>How smooth that bending is: small values wobble, large ones bend whole strokes.</source>
        <translation>弯曲的平滑程度：值小时笔画抖动，值大时整笔弯曲。</translation>
    </message>
    <message>
        <source>Share of images whose stroke is made a pixel thicker or thinner, like another pen.</source>
        <translation>笔画加粗或变细一个像素的图像比例，就像换了一支笔。</translation>
    </message>
    <message>
        <source>Chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1, hooked 9).</source>
        <translation>以 MNIST 缺少的写法（带顶钩的 1、弯尾的 9）显示 1 或 9 的概率。</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates: SGD takes plain steps, Adam and RMSprop adapt the step size for each weight.</source>
        <translation>把梯度转化为权重更新的规则：SGD 按固定步长更新，Adam 和 RMSprop 为每个权重自适应调整步长。</translation>
    </message>
    <message>
        <source>How big a step each update takes: too small learns slowly, too large overshoots and the loss explodes.</source>
        <translation>每次更新迈出的步子有多大：太小学得慢，太大会冲过头，损失会爆炸。</translation>
    </message>
    <message>
        <source>Keeps a running direction of past updates so SGD rolls through small bumps and noise (0 = none; 0.9 is typical).</source>
        <translation>保留以往更新的累积方向，让 SGD 顺势越过小坑洼和噪声（0 = 无；常用 0.9）。</translation>
    </message>
    <message>
        <source>Nesterov momentum looks ahead along the running direction before computing the gradient, which usually converges a little faster.</source>
        <translation>Nesterov 动量在计算梯度前先沿累积方向向前看一步，通常收敛得更快一些。</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>cosine decay to 0</source>
        <translation>余弦衰减到 0</translation>
    </message>
    <message>
        <source>exponential decay per epoch</source>
        <translation>每轮指数衰减</translation>
    </message>
    <message>
        <source>How the learning rate changes during training: big steps early and smaller ones later often end at a better minimum.</source>
        <translation>训练过程中学习率如何变化：先大步、后小步，往往能到达更好的极小值。</translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by after every epoch (exponential schedule).</source>
        <translation>每轮结束后学习率乘以的系数（指数调度）。</translation>
    </message>
    <message>
        <source>Images per weight update: small batches give noisy but frequent updates, large batches smooth but fewer updates per epoch.</source>
        <translation>每次权重更新使用的图像数：小批次的更新有噪声但频繁，大批次的更新平滑，但每轮的更新次数更少。</translation>
    </message>
    <message>
        <source>How many times training goes through the whole training set.</source>
        <translation>训练遍历整个训练集的次数。</translation>
    </message>
    <message>
        <source>Training images held back to check the network on data it does not learn from (a fraction up to half, or a number of images): when validation loss rises while training loss falls, it overfits.</source>
        <translation>留出的训练图像，用来在网络未学习过的数据上检查它（比例最多一半，或图像张数）：如果验证损失上升而训练损失下降，说明它过拟合了。</translation>
    </message>
    <message>
        <source>Seeds the random start weights, shuffling and dropout, so the same settings give the same run again.</source>
        <translation>为随机初始权重、数据打乱和 Dropout 设定随机种子，使相同的设置能再次得到相同的运行结果。</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop when the validation loss has not improved for this many epochs and keep the best weights (0 = off: train every epoch).</source>
        <translation>验证损失连续这么多轮没有改善时停止，并保留最佳权重（0 = 关闭：训练完所有轮次）。</translation>
    </message>
    <message>
        <source>Also train on digits drawn with a pen by 24 writers, each re-rendered as on the canvas at a random place, size, pen width and slant: it teaches the network how people draw rather than how MNIST was scanned. Digit datasets only; six more writers are never trained on, to measure with.</source>
        <translation>同时用 24 位书写者用笔写的数字训练，每个数字都像在画布上一样，以随机的位置、大小、笔宽和倾斜度重新渲染：这样网络学到的是人们的书写方式，而不是 MNIST 的扫描方式。仅适用于数字数据集；另外 6 位书写者的数字从不用于训练，专门用来衡量效果。</translation>
    </message>
    <message>
        <source>Random renderings of each pen-drawn digit added to the training images (about 6,000 digits each time).</source>
        <translation>每个笔写数字随机渲染多少次加入训练图像（每次约 6,000 个数字）。</translation>
    </message>
    <message>
        <source>Share of the training digits added once more as a scanner or a phone camera would give them (blurred, thickened, cropped, photographed, postal 16×16 or 8×8), so learning the canvas&apos;s sharp strokes does not cost the scans. Digit datasets only.</source>
        <translation>将一部分训练数字按扫描仪或手机相机给出的样子再加入一次（模糊、加粗、紧密裁剪、拍照、16×16 邮政扫描或 8×8），这样学习画布上清晰的笔画不会让扫描的数字读得更差。仅限数字数据集。</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>unknown dataset {spec}: expected one of {known} or a folder of IDX files, and no folder {folder} exists</source>
        <translation>未知数据集 {spec}：应为 {known} 之一或一个 IDX 文件夹，而文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{name} was not found in {folder} or {cache}: pass a folder holding its four IDX files ({files}), or allow downloading it</source>
        <translation>在 {folder} 和 {cache} 中都找不到 {name}：请提供包含其四个 IDX 文件（{files}）的文件夹，或允许下载</translation>
    </message>
    <message>
        <source>{name} is not here and downloads are switched off by the policy of this computer ({policy}): pass a folder holding its four IDX files ({files})</source>
        <translation>这里没有 {name}，且这台计算机的策略禁止下载（{policy}）：请提供包含其四个 IDX 文件（{files}）的文件夹</translation>
    </message>
    <message>
        <source>downloading {name} through keras.datasets failed: {reason}</source>
        <translation>通过 keras.datasets 下载 {name} 失败：{reason}</translation>
    </message>
    <message>
        <source>{folder}: expected a folder of IDX files, but it is not a folder</source>
        <translation>{folder}：应为 IDX 文件夹，但它不是文件夹</translation>
    </message>
    <message>
        <source>{folder}: expected the four IDX files {files} (each raw or .gz); not found: {missing}</source>
        <translation>{folder}：应有四个 IDX 文件 {files}（原始或 .gz）；未找到：{missing}</translation>
    </message>
    <message>
        <source>{path}: expected images of shape (N, 28, 28), found {shape}</source>
        <translation>{path}：应为形状 (N, 28, 28) 的图像，实际为 {shape}</translation>
    </message>
    <message>
        <source>{path}: expected labels of shape (N,), found {shape}</source>
        <translation>{path}：应为形状 (N,) 的标签，实际为 {shape}</translation>
    </message>
    <message>
        <source>{images_path} holds {images} images but {labels_path} holds {labels} labels; expected the same number</source>
        <translation>{images_path} 含 {images} 张图像，但 {labels_path} 含 {labels} 个标签；两者应相同</translation>
    </message>
    <message>
        <source>{path}: expected labels 0..{last} (one per class name), found label {found}</source>
        <translation>{path}：应为标签 0..{last}（每个类别名一个），实际出现标签 {found}</translation>
    </message>
    <message>
        <source>TF.js layers model (folder)</source>
        <translation>TF.js layers 模型（文件夹）</translation>
    </message>
    <message>
        <source>LiteRT (TensorFlow Lite)</source>
        <translation>LiteRT (TensorFlow Lite)</translation>
    </message>
    <message>
        <source>Web page (one file, offline)</source>
        <translation>网页（单个文件，可离线）</translation>
    </message>
    <message>
        <source>{out} is a file; the TF.js format writes a folder (model.json and weight shards): expected a folder name</source>
        <translation>{out} 是文件；TF.js 格式写入的是文件夹（model.json 和权重分片）：应为文件夹名</translation>
    </message>
    <message>
        <source>{out} is a folder; expected a file name ending in {suffix}</source>
        <translation>{out} 是文件夹；应为以 {suffix} 结尾的文件名</translation>
    </message>
    <message>
        <source>its folder {folder} does not exist</source>
        <translation>其所在文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write {out}: {why}</source>
        <translation>无法写入 {out}：{why}</translation>
    </message>
    <message>
        <source>{out} was written but cannot be read back as {format}: {reason}</source>
        <translation>{out} 已写入，但无法作为 {format} 读回：{reason}</translation>
    </message>
    <message>
        <source>the export to {out} stopped: its process ended unexpectedly (out of memory?)</source>
        <translation>导出到 {out} 已中止：其进程意外结束（内存不足？）</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>early stopped</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation>损失不是有效数值</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Next Tech tutorial</source>
        <translation>Next Tech 教程</translation>
    </message>
    <message>
        <source>784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels.</source>
        <translation>784-50-50-10 tanh MLP，在标准化像素上用带动量的 SGD 训练。</translation>
    </message>
    <message>
        <source>Next Tech, &apos;Building an MLP with Keras&apos; (test accuracy 96.27%)</source>
        <translation>Next Tech，“Building an MLP with Keras”（测试准确率 96.27%）</translation>
    </message>
    <message>
        <source>Géron ch.10</source>
        <translation>Géron 第 10 章</translation>
    </message>
    <message>
        <source>Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10.</source>
        <translation>来自《机器学习实战》第 10 章的 Flatten-300-100-10 ReLU 分类器。</translation>
    </message>
    <message>
        <source>A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)</source>
        <translation>A. Géron，《机器学习实战》（Hands-On Machine Learning）第 2 版，第 10 章（Fashion-MNIST 88.6%）</translation>
    </message>
    <message>
        <source>Keras mnist_mlp</source>
        <translation>Keras mnist_mlp</translation>
    </message>
    <message>
        <source>The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop.</source>
        <translation>经典的 Keras 示例：512-512 ReLU，Dropout 0.2，RMSprop。</translation>
    </message>
    <message>
        <source>keras/examples/mnist_mlp.py (test accuracy 98.40%)</source>
        <translation>keras/examples/mnist_mlp.py（测试准确率 98.40%）</translation>
    </message>
    <message>
        <source>DigitLab best</source>
        <translation>DigitLab 最佳</translation>
    </message>
    <message>
        <source>768-768 ReLU with dropout, Adam with cosine decay, trained on MNIST, on pen-drawn digits by 24 writers and on MNIST digits as scanners and phone cameras give them, distorted afresh each batch (shift, rotation, scale, shear, elastic, stroke thickness, flagged 1s and hooked 9s), so it reads digits as people draw, scan and photograph them.</source>
        <translation>768-768 ReLU，带 Dropout，Adam 配合余弦衰减，在 MNIST、24 位书写者用笔写的数字以及按扫描仪和手机相机给出的样子处理过的 MNIST 数字上训练，每个批次都重新变形（平移、旋转、缩放、剪切、弹性形变、笔画粗细、带顶钩的 1 和弯尾的 9），因此能读懂人们书写、扫描和拍摄的数字。</translation>
    </message>
    <message>
        <source>DigitLab best (Fashion)</source>
        <translation>DigitLab 最佳（Fashion）</translation>
    </message>
    <message>
        <source>1024-1024 ReLU with dropout 0.3, Adam with cosine decay, 30 epochs: the widest plain MLP that trains in minutes on two cores. Clothes are not distorted: shifted or scaled, they read worse (tried on 5,000 validation images).</source>
        <translation>1024-1024 ReLU，Dropout 0.3，Adam 配合余弦衰减，30 轮：在两个 CPU 核心上几分钟就能训练完的最宽的普通 MLP。服装图像不做变形：平移或缩放后反而识别得更差（在 5,000 张验证图像上试过）。</translation>
    </message>
    <message>
        <source>DigitLab (bench/accuracy.py measures it)</source>
        <translation>DigitLab（准确率由 bench/accuracy.py 测量）</translation>
    </message>
    <message>
        <source>Scoring your drawings…</source>
        <translation>正在为你的手绘数字评分…</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <source>Keeping the trained network…</source>
        <translation>正在保存训练好的网络…</translation>
    </message>
    <message>
        <source>Stopped before training began.</source>
        <translation>在训练开始前就已停止。</translation>
    </message>
    <message>
        <source>Nothing was kept: the model it started from is as it was.</source>
        <translation>没有保留任何内容：起始模型保持原样。</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>训练失败：{error}</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>正在准备数据…</translation>
    </message>
    <message>
        <source>Training could not start: {error}</source>
        <translation>训练无法开始：{error}</translation>
    </message>
    <message>
        <source>Evaluating on the test set…</source>
        <translation>正在用测试集评估…</translation>
    </message>
    <message>
        <source>Reading digits drawn by new writers…</source>
        <translation>正在识别新书写者的手写数字…</translation>
    </message>
    <message>
        <source>The weights from before the divergence were kept.</source>
        <translation>已保留发散之前的权重。</translation>
    </message>
    <message>
        <source>The loss became NaN at epoch {epoch}, batch {batch}: the weights diverged. Try a lower learning rate than {rate} (e.g. {lower}). {kept}</source>
        <translation>损失在第 {epoch} 轮第 {batch} 个批次变为 NaN：权重发散了。请尝试低于 {rate} 的学习率（例如 {lower}）。{kept}</translation>
    </message>
    <message>
        <source>The weights trained so far are kept.</source>
        <translation>已保留目前训练得到的权重。</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after 1 step. {kept}</source>
        <translation>在第 {epoch} 轮停止，共训练 1 步。{kept}</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}, after {count} steps. {kept}</source>
        <translation>在第 {epoch} 轮停止，共训练 {count} 步。{kept}</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for 1 epoch, so the best weights (validation loss {loss}) were restored.</source>
        <translation>在第 {epoch} 轮后提前停止：验证损失已有 1 轮没有改善，因此恢复了最佳权重（验证损失 {loss}）。</translation>
    </message>
    <message>
        <source>Stopped early after epoch {epoch}: the validation loss had not improved for {count} epochs, so the best weights (validation loss {loss}) were restored.</source>
        <translation>在第 {epoch} 轮后提前停止：验证损失已有 {count} 轮没有改善，因此恢复了最佳权重（验证损失 {loss}）。</translation>
    </message>
    <message>
        <source>Finished 1 epoch.</source>
        <translation>已完成 1 轮。</translation>
    </message>
    <message>
        <source>Finished {count} epochs.</source>
        <translation>已完成 {count} 轮。</translation>
    </message>
    <message>
        <source>Training did not stop within {seconds} s, so its process was ended; nothing was kept.</source>
        <translation>训练未能在 {seconds} 秒内停止，因此已结束其进程；没有保留任何内容。</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>退出状态 {code}</translation>
    </message>
    <message>
        <source>killed by {signal}, as when the system runs out of memory</source>
        <translation>被 {signal} 终止，系统内存耗尽时就会如此</translation>
    </message>
    <message>
        <source>killed by {signal}</source>
        <translation>被 {signal} 终止</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly ({how}); nothing was kept.</source>
        <translation>训练进程意外结束（{how}）；没有保留任何内容。</translation>
    </message>
    <message>
        <source>{path}: the image is {width}×{height} pixels ({megapixels} megapixels); DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}：图像为 {width}×{height} 像素（{megapixels} 百万像素）；DigitLab 最多读取 {limit} 百万像素的图像</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes)</source>
        <translation>{path}：文件为空（0 字节）</translation>
    </message>
    <message>
        <source>{path}: the image is over {megapixels} megapixels; DigitLab reads images of at most {limit} megapixels</source>
        <translation>{path}：图像超过 {megapixels} 百万像素；DigitLab 最多读取 {limit} 百万像素的图像</translation>
    </message>
    <message>
        <source>{path}: not a readable image (not a picture format DigitLab knows)</source>
        <translation>{path}：无法读取的图像（DigitLab 不认识这种图像格式）</translation>
    </message>
    <message>
        <source>{path}: not a readable image ({reason})</source>
        <translation>{path}：无法读取的图像（{reason}）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>more while reading it</source>
        <translation>读取时发现更多</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>expected a regular file, found {found}</source>
        <translation>应为普通文件，实际为{found}</translation>
    </message>
    <message>
        <source>expected a file of at most {limit}, found {found}</source>
        <translation>应为不超过 {limit} 的文件，实际为 {found}</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{path}: expected a model file ending in {suffixes}, found the suffix {suffix}</source>
        <translation>{path}：应为以 {suffixes} 结尾的模型文件，实际扩展名为 {suffix}</translation>
    </message>
    <message>
        <source>{source} expects inputs of shape {shape}; DigitLab feeds 28×28 images (input shape 28×28 or 784)</source>
        <translation>{source} 期望形状为 {shape} 的输入；DigitLab 输入的是 28×28 图像（输入形状 28×28 或 784）</translation>
    </message>
    <message>
        <source>{source} has {units} output units; expected {classes}, one per class</source>
        <translation>{source} 有 {units} 个输出神经元；应为 {classes} 个，每个类别一个</translation>
    </message>
    <message>
        <source>{source} has {units} output unit; a classifier needs at least 2</source>
        <translation>{source} 只有 {units} 个输出神经元；分类器至少需要 2 个</translation>
    </message>
    <message>
        <source>Model file {path} does not exist</source>
        <translation>模型文件 {path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder; expected a model file</source>
        <translation>{path} 是文件夹；应为模型文件</translation>
    </message>
    <message>
        <source>a .keras zip archive</source>
        <translation>.keras zip 压缩包</translation>
    </message>
    <message>
        <source>a legacy HDF5 (.h5) model</source>
        <translation>旧式 HDF5（.h5）模型</translation>
    </message>
    <message>
        <source>{path} is not a Keras model: expected {expected}, found {found}</source>
        <translation>{path} 不是 Keras 模型：应为{expected}，实际为{found}</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>a zip archive (a .keras model?)</source>
        <translation>zip 压缩包（.keras 模型？）</translation>
    </message>
    <message>
        <source>a damaged or truncated zip archive</source>
        <translation>损坏或不完整的 zip 压缩包</translation>
    </message>
    <message>
        <source>an HDF5 file (a legacy .h5 model?)</source>
        <translation>HDF5 文件（旧式 .h5 模型？）</translation>
    </message>
    <message>
        <source>data in an unknown format</source>
        <translation>未知格式的数据</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Keras model: {reason}</source>
        <translation>{path} 已损坏或不是 Keras 模型：{reason}</translation>
    </message>
    <message>
        <source>the plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>the drawings</source>
        <translation>手绘数字</translation>
    </message>
    <message>
        <source>{out} already exists and is not a TF.js model folder; expected a new or empty folder, or one an earlier export wrote</source>
        <translation>{out} 已存在且不是 TF.js 模型文件夹；应为新的或空的文件夹，或之前导出所写的文件夹</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>the curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Cannot write {what}: expected a file name, got an empty one</source>
        <translation>无法写入{what}：应提供文件名，但它为空</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {refusal}</source>
        <translation>无法将{what}写入 {path}：{refusal}</translation>
    </message>
    <message>
        <source>it is one of DigitLab&apos;s own data files; choose another name</source>
        <translation>这是 DigitLab 自己的数据文件之一；请换一个名字</translation>
    </message>
    <message>
        <source>expected a new name or a regular file, found {kind}</source>
        <translation>应为新名称或普通文件，实际为{kind}</translation>
    </message>
    <message>
        <source>expected a name ending in {suffixes}, found {suffix}</source>
        <translation>应为以 {suffixes} 结尾的名称，实际为 {suffix}</translation>
    </message>
    <message>
        <source>{lost}: {reason}</source>
        <translation>{lost}：{reason}</translation>
    </message>
    <message>
        <source>this run is not recorded in the history</source>
        <translation>本次运行未记入运行记录</translation>
    </message>
    <message>
        <source>the history does not know how long this run was planned to be</source>
        <translation>运行记录中没有本次运行的计划长度</translation>
    </message>
    <message>
        <source>this run&apos;s epochs are only partly recorded in the history</source>
        <translation>本次运行的各轮只有一部分记入运行记录</translation>
    </message>
    <message>
        <source>this run stays unfinished in the history</source>
        <translation>本次运行在运行记录中仍为未完成</translation>
    </message>
    <message>
        <source>the history does not know where this run&apos;s model was saved</source>
        <translation>运行记录不知道本次运行的模型保存在哪里</translation>
    </message>
    <message>
        <source>the history does not keep this adaptation&apos;s scores</source>
        <translation>运行记录没有保存本次适应的成绩</translation>
    </message>
    <message>
        <source>the end of this run is recorded, but not its last loss curve points: {reason}</source>
        <translation>本次运行的结束已记录，但损失曲线的最后几个点没有：{reason}</translation>
    </message>
    <message>
        <source>run {id} is damaged in the history: {error}</source>
        <translation>运行记录中的运行 {id} 已损坏：{error}</translation>
    </message>
    <message>
        <source>the run history {path} is locked by another program ({error})</source>
        <translation>运行记录 {path} 被另一个程序锁定（{error}）</translation>
    </message>
    <message>
        <source>the run history {path} cannot be used: {error}</source>
        <translation>无法使用运行记录 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is not a DigitLab run history: {found}</source>
        <translation>{path} 不是 DigitLab 的运行记录：{found}</translation>
    </message>
    <message>
        <source>the run history {path} is read-only and of schema {found}; this DigitLab reads schema {known} (it updates the file where it may write)</source>
        <translation>运行记录 {path} 为只读，架构版本为 {found}；此版本的 DigitLab 读取架构版本 {known}（在可写入的位置会更新该文件）</translation>
    </message>
    <message>
        <source>it has tables of its own and no DigitLab schema version</source>
        <translation>它有自己的表，没有 DigitLab 架构版本</translation>
    </message>
    <message>
        <source>the run history {path} was written by a newer DigitLab (schema {found}; this one knows up to {known})</source>
        <translation>运行记录 {path} 由更新版本的 DigitLab 写入（架构版本 {found}；此版本最多支持 {known}）</translation>
    </message>
    <message>
        <source>expected the tables {expected} with DigitLab&apos;s columns, found {found}</source>
        <translation>应为带有 DigitLab 列的表 {expected}，实际为 {found}</translation>
    </message>
    <message>
        <source>there is no run {id} in the history (see: digitlab runs)</source>
        <translation>运行记录中没有运行 {id}（参见：digitlab runs）</translation>
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
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>No runs selected: select runs in the table to compare their curves.</source>
        <translation>未选择运行：在表格中选择运行以比较它们的曲线。</translation>
    </message>
    <message>
        <source>Run {label}: no epoch recorded.</source>
        <translation>运行 {label}：没有记录任何一轮。</translation>
    </message>
    <message>
        <source>Run {label}: after epoch {epoch} of {epochs}, loss {loss}, accuracy {accuracy}, validation loss {val_loss}, validation accuracy {val_accuracy}; test accuracy {test}.</source>
        <translation>运行 {label}：第 {epoch}/{epochs} 轮后，损失 {loss}，准确率 {accuracy}，验证损失 {val_loss}，验证准确率 {val_accuracy}；测试准确率 {test}。</translation>
    </message>
    <message>
        <source>Curves as a table</source>
        <translation>曲线数据表</translation>
    </message>
    <message>
        <source>One row per epoch of each selected run: loss and accuracy on the training and validation images.</source>
        <translation>所选每次运行的每一轮占一行：训练图像和验证图像上的损失与准确率。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>━━ training &amp;nbsp;&amp;nbsp; ╍╍ validation &amp;nbsp;&amp;nbsp; ★ test</source>
        <translation>━━ 训练 &amp;nbsp;&amp;nbsp; ╍╍ 验证 &amp;nbsp;&amp;nbsp; ★ 测试</translation>
    </message>
    <message>
        <source>Select runs in the table to compare their curves&lt;br&gt;(Ctrl- or Shift-click for several).</source>
        <translation>在表格中选择运行以比较它们的曲线&lt;br&gt;（按住 Ctrl 或 Shift 单击可多选）。</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>以表格显示</translation>
    </message>
    <message>
        <source>List every epoch&apos;s loss and accuracy of the selected runs instead of the plots.</source>
        <translation>以列表代替图表，列出所选运行每一轮的损失和准确率。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Loss and accuracy curves of the selected runs</source>
        <translation>所选运行的损失和准确率曲线</translation>
    </message>
    <message>
        <source>…and {count} more selected: at most {most} are drawn.</source>
        <translation>…另外还选择了 {count} 项：最多绘制 {most} 项。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分钟 {seconds} 秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>The run&apos;s number, as &apos;digitlab runs show ID&apos; knows it.</source>
        <translation>运行编号，即 &apos;digitlab runs show ID&apos; 使用的编号。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When the run started.</source>
        <translation>运行开始的时间。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Layer sizes from input to output, and the hidden layers&apos; activation.</source>
        <translation>从输入到输出的各层大小，以及隐藏层的激活函数。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Accuracy on the test images, never trained on.</source>
        <translation>在测试图像上的准确率（这些图像从未用于训练）。</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>Accuracy on digits drawn by writers the network never saw (digit datasets).</source>
        <translation>在网络从未见过的书写者所写数字上的准确率（数字数据集）。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Epochs trained.</source>
        <translation>已训练的轮数。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Training time, pauses left out.</source>
        <translation>训练用时，不含暂停。</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>What it was trained on.</source>
        <translation>训练所用的数据。</translation>
    </message>
    <message>
        <source>never ended (the program was closed or killed while it trained)</source>
        <translation>未结束（训练期间程序被关闭或强行终止）</translation>
    </message>
    <message>
        <source>its record in the history is damaged ({damage})</source>
        <translation>它在历史记录中的条目已损坏（{damage}）</translation>
    </message>
    <message>
        <source>Adaptation {id}, {network} on {dataset}: {ended}.</source>
        <translation>适应训练 {id}：网络 {network}，数据集 {dataset}，{ended}。</translation>
    </message>
    <message>
        <source>Run {id}, {network} on {dataset}: {ended}.</source>
        <translation>运行 {id}：网络 {network}，数据集 {dataset}，{ended}。</translation>
    </message>
    <message>
        <source>Test score on {count} images.</source>
        <translation>在 {count} 张图像上的测试成绩。</translation>
    </message>
    <message>
        <source>Model: {path}</source>
        <translation>模型：{path}</translation>
    </message>
    <message>
        <source>Model: not saved</source>
        <translation>模型：未保存</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>已记录的运行</translation>
    </message>
    <message>
        <source>One row per training run, newest first. Select rows to draw their curves below; Shift or Ctrl with the arrow keys and Space selects several.</source>
        <translation>每次训练运行占一行，最新的在前。选择行即可在下方绘制其曲线；用 Shift 或 Ctrl 配合方向键和空格键可选择多行。</translation>
    </message>
    <message>
        <source>Run history: {message}</source>
        <translation>运行记录：{message}</translation>
    </message>
    <message>
        <source>Load settings</source>
        <translation>载入设置</translation>
    </message>
    <message>
        <source>Put this run&apos;s network, training settings and dataset on the Setup page, to train it again or vary it.</source>
        <translation>把这次运行的网络、训练设置和数据集放到“配置”页，以便重新训练或修改。</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Read the canvas with the model this run saved.</source>
        <translation>用这次运行保存的模型识别画布。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the selected run&apos;s curves as CSV, or the plots as an image.</source>
        <translation>将所选运行的曲线保存为 CSV，或将图表保存为图像。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Forget the selected runs (their saved models stay).</source>
        <translation>从记录中移除所选运行（已保存的模型会保留）。</translation>
    </message>
    <message>
        <source>Curves as CSV…</source>
        <translation>曲线导出为 CSV…</translation>
    </message>
    <message>
        <source>Plots as PNG or SVG…</source>
        <translation>图表导出为 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>The settings of run {id} cannot be used: {error}</source>
        <translation>无法使用运行 {id} 的设置：{error}</translation>
    </message>
    <message>
        <source>Settings of run #{id} ({network}, test {accuracy}).</source>
        <translation>运行 #{id} 的设置（{network}，测试准确率 {accuracy}）。</translation>
    </message>
    <message>
        <source>The run in progress is recorded until it ends; delete it afterwards.</source>
        <translation>正在进行的运行会一直记录到结束；请在结束后再删除。</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>导出曲线</translation>
    </message>
    <message>
        <source>CSV table ({patterns})</source>
        <translation>CSV 表格 ({patterns})</translation>
    </message>
    <message>
        <source>Saved the curves of run {id} to {path}.</source>
        <translation>已将运行 {id} 的曲线保存到 {path}。</translation>
    </message>
    <message>
        <source>Save plots</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Saved the plots to {path}.</source>
        <translation>已将图表保存到 {path}。</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Forget run {numbers}? Saved model files are kept.</source>
        <translation>从记录中移除运行 {numbers}？已保存的模型文件会保留。</translation>
    </message>
    <message>
        <source>Forget {count} runs ({numbers})? Saved model files are kept.</source>
        <translation>从记录中移除 {count} 次运行（{numbers}）？已保存的模型文件会保留。</translation>
    </message>
    <message>
        <source>Deleted 1 run.</source>
        <translation>已删除 1 次运行。</translation>
    </message>
    <message>
        <source>Deleted {count} runs.</source>
        <translation>已删除 {count} 次运行。</translation>
    </message>
    <message>
        <source>PNG image ({patterns})</source>
        <translation>PNG 图像 ({patterns})</translation>
    </message>
    <message>
        <source>SVG drawing ({patterns})</source>
        <translation>SVG 矢量图 ({patterns})</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Live weights have no file yet: export the network when its run ends.</source>
        <translation>实时权重还没有文件：请在运行结束后导出网络。</translation>
    </message>
    <message>
        <source>Cannot export model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <source>Wrote {format} to {path} ({size} MB); on {images} MNIST test images it gives the app&apos;s top class {same} of the time, probabilities within {difference}</source>
        <translation>已将 {format} 写入 {path}（{size} MB）；在 {images} 张 MNIST 测试图像上，它给出与本应用相同的最高类别的比例为 {same}，概率相差不超过 {difference}</translation>
    </message>
    <message>
        <source>&amp;Export model</source>
        <translation>导出模型(&amp;E)</translation>
    </message>
    <message>
        <source>Cannot export now</source>
        <translation>现在无法导出</translation>
    </message>
    <message>
        <source>Wait until the last export ends.</source>
        <translation>请等待上一次导出完成。</translation>
    </message>
    <message>
        <source>Exporting {name} as {format} to {path}…</source>
        <translation>正在将 {name} 导出为 {format}，保存到 {path}…</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Write the model in use as {format}, checked against DigitLab&apos;s own answers</source>
        <translation>将当前使用的模型写出为 {format}，并与 DigitLab 自己的答案核对</translation>
    </message>
    <message>
        <source>Export {format} into a new folder in</source>
        <translation>将 {format} 导出到以下位置的新文件夹中</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
</context>
<context>
    <name>Teach</name>
    <message>
        <source>Adapting: epoch {epoch} of {epochs}, about {time} left</source>
        <translation>正在适应：第 {epoch}/{epochs} 轮，大约还剩 {time}</translation>
    </message>
    <message>
        <source>Adapting failed: {error}</source>
        <translation>适应失败：{error}</translation>
    </message>
    <message>
        <source>Adapt to my handwriting</source>
        <translation>适应我的笔迹</translation>
    </message>
    <message>
        <source>Adapting {model} to your {drawings}…</source>
        <translation>正在让模型 {model} 适应你的 {drawings}手绘数字…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Back to {model}</source>
        <translation>返回模型 {model}</translation>
    </message>
    <message>
        <source>{result}
{ending} Now reading with {model}.</source>
        <translation>{result}
{ending} 现在使用模型 {model} 识别。</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A {label}</source>
        <translation>一个 {label}</translation>
    </message>
    <message>
        <source>A {label}, kept {time}</source>
        <translation>一个 {label}，保存于 {time}</translation>
    </message>
    <message>
        <source>My drawings</source>
        <translation>我的手绘数字</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected drawings ({key})</source>
        <translation>删除所选手绘数字（{key}）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add drawings from a JSON Lines file</source>
        <translation>从 JSON Lines 文件添加手绘数字</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save all drawings as JSON Lines (strokes and labels)</source>
        <translation>将所有手绘数字保存为 JSON Lines（笔画和标签）</translation>
    </message>
    <message>
        <source>Export IDX…</source>
        <translation>导出 IDX…</translation>
    </message>
    <message>
        <source>Save all drawings as MNIST-style IDX images and labels</source>
        <translation>将所有手绘数字保存为 MNIST 格式的 IDX 图像和标签</translation>
    </message>
    <message>
        <source>{drawings}; label one to keep it here</source>
        <translation>{drawings}手绘数字；标注一个即可保存在这里</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}：{count}</translation>
    </message>
    <message>
        <source>{drawings} ({per_digit})</source>
        <translation>{drawings}手绘数字（{per_digit}）</translation>
    </message>
    <message>
        <source>Delete {drawings}? This cannot be undone.</source>
        <translation>删除 {drawings}手绘数字？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Saved {drawings} as {path}</source>
        <translation>已将 {drawings}手绘数字保存为 {path}</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>已保存 {files}</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>手绘数字</translation>
    </message>
    <message>
        <source>The drawings you labelled, each as its digit; select some to delete them</source>
        <translation>你标注过的手绘数字，各自按数字归类；选中后可删除</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>导入手绘数字</translation>
    </message>
    <message>
        <source>Export drawings</source>
        <translation>导出手绘数字</translation>
    </message>
    <message>
        <source>Export drawings as IDX files into</source>
        <translation>将手绘数字导出为 IDX 文件，保存到</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Imported {drawings}</source>
        <translation>已导入 {drawings}手绘数字</translation>
    </message>
    <message>
        <source>Wrong? Click the right digit or press its key to teach DigitLab.</source>
        <translation>认错了？点击正确的数字或按对应的键来教 DigitLab。</translation>
    </message>
    <message>
        <source>1 drawing</source>
        <translation>1 个</translation>
    </message>
    <message>
        <source>{count} drawings</source>
        <translation>{count} 个</translation>
    </message>
    <message>
        <source>Teaching needs a model that reads the digits 0–9.</source>
        <translation>教它认字需要一个识别数字 0–9 的模型。</translation>
    </message>
    <message>
        <source>Your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>你写的 {label}：{before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>{mine}.</source>
        <translation>{mine}。</translation>
    </message>
    <message>
        <source>{mine}; MNIST test {before} → {after}.</source>
        <translation>{mine}；MNIST 测试 {before} → {after}。</translation>
    </message>
    <message>
        <source>your {label}s: {before}/{count} → {after}/{count}</source>
        <translation>你写的 {label}：{before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count}</source>
        <translation>你的手绘数字：{before}/{count} → {after}/{count}</translation>
    </message>
    <message>
        <source>Your drawings: {before}/{count} → {after}/{count} ({classes})</source>
        <translation>你的手绘数字：{before}/{count} → {after}/{count}（{classes}）</translation>
    </message>
    <message>
        <source>My drawings…</source>
        <translation>我的手绘数字…</translation>
    </message>
    <message>
        <source>Browse, delete, export and import the drawings you labelled</source>
        <translation>浏览、删除、导出和导入你标注过的手绘数字</translation>
    </message>
    <message>
        <source>Fine-tune the model to your labelled drawings, in the background</source>
        <translation>在后台用你标注过的手绘数字微调模型</translation>
    </message>
    <message>
        <source>&amp;Teach</source>
        <translation>教它(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the drawing as that digit (Teach)</source>
        <translation>把这个手绘保存为该数字（教它）</translation>
    </message>
    <message>
        <source>Cannot keep the drawing</source>
        <translation>无法保存这个手绘数字</translation>
    </message>
    <message>
        <source>Kept as a {label} (read right) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>已保存为 {label}（识别正确）· 共 {drawings}手绘数字。点击“适应我的笔迹”即可使用它们；“撤销”可收回。</translation>
    </message>
    <message>
        <source>Kept as a {label} (DigitLab read {read_as}) · {drawings}. Adapt to use them; Undo takes it back.</source>
        <translation>已保存为 {label}（DigitLab 识别为 {read_as}）· 共 {drawings}手绘数字。点击“适应我的笔迹”即可使用它们；“撤销”可收回。</translation>
    </message>
    <message>
        <source>Cannot adapt</source>
        <translation>无法适应</translation>
    </message>
    <message>
        <source>A dropped picture has no pen strokes to keep: draw the digit to teach it.</source>
        <translation>拖入的图片没有可保存的笔画：请亲手画出这个数字来教它。</translation>
    </message>
    <message>
        <source>Draw a digit first, then click its bar or press its key.</source>
        <translation>先画一个数字，然后点击它对应的条形或按对应的数字键。</translation>
    </message>
    <message>
        <source>An adaptation is running already.</source>
        <translation>已有一个适应训练正在运行。</translation>
    </message>
    <message>
        <source>This model has no file yet: save it from the Train panel, open it, and adapt that.</source>
        <translation>这个模型还没有文件：请在“训练”面板中保存并打开它，再让它适应。</translation>
    </message>
    <message>
        <source>Label at least one drawing first: draw a digit, then click its bar.</source>
        <translation>请先标注至少一个手绘数字：画一个数字，然后点击它对应的条形。</translation>
    </message>
    <message>
        <source>Cannot forget the drawing</source>
        <translation>无法移除这个手绘数字</translation>
    </message>
    <message>
        <source>Taken back: the {label} is no longer kept · {drawings}.</source>
        <translation>已收回：不再保存这个 {label} · 共 {drawings}手绘数字。</translation>
    </message>
    <message>
        <source>My drawings ({count})…</source>
        <translation>我的手绘数字（{count}）…</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>MNIST digits (bundled)</source>
        <translation>MNIST 数字（内置）</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (downloaded once)</source>
        <translation>Fashion-MNIST 服饰（只需下载一次）</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (bundled)</source>
        <translation>Fashion-MNIST 服饰（内置）</translation>
    </message>
    <message>
        <source>{name}: {train} training images, {test} test images, {classes} classes</source>
        <translation>{name}：{train} 张训练图像，{test} 张测试图像，{classes} 个类别</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>The images and labels the network learns from; the test part is kept aside to judge it at the end.</source>
        <translation>网络学习所用的图像和标签；测试部分会被留出，用于最后评估它。</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Train on any folder holding the four MNIST-format IDX files (train/t10k images and labels).</source>
        <translation>用任意包含四个 MNIST 格式 IDX 文件（train/t10k 图像和标签）的文件夹进行训练。</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>One training image of each class, as the network sees it.</source>
        <translation>每个类别一张训练图像，即网络看到的样子。</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>文件夹：{name}</translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation>IDX 文件夹</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>无法加载：{error}</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}.</source>
        <translation>第 {epoch} 轮：训练损失 {loss}，准确率 {accuracy}。</translation>
    </message>
    <message>
        <source>Epoch {epoch}: training loss {loss}, accuracy {accuracy}; validation loss {val_loss}, accuracy {val_accuracy}.</source>
        <translation>第 {epoch} 轮：训练损失 {loss}，准确率 {accuracy}；验证损失 {val_loss}，准确率 {val_accuracy}。</translation>
    </message>
    <message>
        <source>Learning curves as a table</source>
        <translation>学习曲线数据表</translation>
    </message>
    <message>
        <source>One row per epoch: the training and validation loss and accuracy the curves show.</source>
        <translation>每轮一行：曲线所显示的训练和验证损失与准确率。</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>The arrows step 1-2-5.</source>
        <translation>箭头按 1-2-5 步进。</translation>
    </message>
    <message>
        <source> {unit}</source>
        <translation> {unit}</translation>
    </message>
    <message>
        <source>{help} {note}</source>
        <translation>{help}{note}</translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by your lesson</source>
        <translation>{name}：固定为 {value}，由你的课程设定</translation>
    </message>
    <message>
        <source>{name}: fixed at {value}, set by the policy of this computer</source>
        <translation>{name}：固定为 {value}，由这台计算机的策略设定</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by your lesson</source>
        <translation>{name}：最多 {value}，由你的课程设定</translation>
    </message>
    <message>
        <source>{name}: at most {value}, set by the policy of this computer</source>
        <translation>{name}：最多 {value}，由这台计算机的策略设定</translation>
    </message>
    <message>
        <source>{lock}. {tip}</source>
        <translation>{lock}。{tip}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>{setting}, hidden layer {layer}</source>
        <translation>{setting}，隐藏层 {layer}</translation>
    </message>
    <message>
        <source>The layers the network will have, each one&apos;s output size and its weights + biases: this is what training adjusts.</source>
        <translation>网络将拥有的各层，每层的输出大小及其权重 + 偏置：训练调整的就是这些。</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>The hidden layers, from the input (top) to the output (bottom).</source>
        <translation>隐藏层，从输入（上）到输出（下）。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a hidden layer after the selected one.</source>
        <translation>在所选层之后添加一个隐藏层。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer.</source>
        <translation>移除所选的隐藏层。</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected layer towards the input.</source>
        <translation>将所选层向输入方向移动。</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected layer towards the output.</source>
        <translation>将所选层向输出方向移动。</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2 惩罚</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>28×28 → 784</source>
        <translation>28×28 → 784</translation>
    </message>
    <message>
        <source>output (softmax)</source>
        <translation>输出（softmax）</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出数</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>hidden {index} ({activation}, dropout {dropout})</source>
        <translation>隐藏层 {index}（{activation} 激活，Dropout {dropout}）</translation>
    </message>
    <message>
        <source>hidden {index} ({activation})</source>
        <translation>隐藏层 {index}（{activation} 激活）</translation>
    </message>
    <message>
        <source>your network</source>
        <translation>你的网络</translation>
    </message>
    <message>
        <source>Cannot train: {error}</source>
        <translation>无法训练：{error}</translation>
    </message>
    <message>
        <source>Loading {dataset}…</source>
        <translation>正在加载数据集 {dataset}…</translation>
    </message>
    <message>
        <source>Paused: training waits between two batches.</source>
        <translation>已暂停：训练在两个批次之间等待。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>{preset} published</source>
        <translation>预设 {preset} 的公布值</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Build and train your own network</source>
        <translation>搭建并训练你自己的网络</translation>
    </message>
    <message>
        <source>Set by your lesson from {preset}.</source>
        <translation>由你的课程按预设 {preset} 设定。</translation>
    </message>
    <message>
        <source>Set by your lesson.</source>
        <translation>由你的课程设定。</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>现在无法保存</translation>
    </message>
    <message>
        <source>Wait until training or the last save ends.</source>
        <translation>请等待训练或上一次保存完成。</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>正在保存 {path}…</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>A network is still training. Stop training and close? The network being trained is lost unless you saved it.</source>
        <translation>还有网络正在训练。要停止训练并关闭吗？除非你已保存，否则正在训练的网络会丢失。</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Train panel pages</source>
        <translation>训练面板页面</translation>
    </message>
    <message>
        <source>Invalid settings</source>
        <translation>设置无效</translation>
    </message>
    <message>
        <source>Training… the results appear here when it ends.</source>
        <translation>正在训练…结束后结果会显示在这里。</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>Training: {epochs} epochs of {batches} batches of {size}.</source>
        <translation>训练：{epochs} 轮，每轮 {batches} 个批次，每批次 {size} 张图像。</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>{network} at epoch {epoch}</source>
        <translation>{network}（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Saving failed; the trained model is still here, try another place.</source>
        <translation>保存失败；训练好的模型仍在，请换个位置再试。</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}.</source>
        <translation>第 {epoch} 轮完成：训练准确率 {accuracy}。</translation>
    </message>
    <message>
        <source>Epoch {epoch} done: training accuracy {accuracy}, validation accuracy {validation}.</source>
        <translation>第 {epoch} 轮完成：训练准确率 {accuracy}，验证准确率 {validation}。</translation>
    </message>
    <message>
        <source>Could not load the dataset: {message}</source>
        <translation>无法加载数据集：{message}</translation>
    </message>
    <message>
        <source>training (smoothed), faint: batches,</source>
        <translation>训练（平滑），浅色：各批次，</translation>
    </message>
    <message>
        <source>mean of the epoch</source>
        <translation>每轮平均值</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Loss is the cross-entropy: how unlikely the network found the right answers. Training loss falls as the network fits its training images; when validation loss stops falling while training loss goes on, the network has started to memorise (overfit).</source>
        <translation>损失即交叉熵：衡量网络认为正确答案有多不可能。随着网络拟合训练图像，训练损失会下降；当验证损失不再下降而训练损失继续下降时，说明网络开始死记硬背（过拟合）。</translation>
    </message>
    <message>
        <source>Show the curves as a table</source>
        <translation>以表格显示曲线</translation>
    </message>
    <message>
        <source>One row per epoch instead of the curves: the figures a screen reader can read.</source>
        <translation>每轮一行，代替曲线：屏幕阅读器可以读出这些数字。</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>Accuracy curve</source>
        <translation>准确率曲线</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>{label} {accuracy}</source>
        <translation>{label} {accuracy}</translation>
    </message>
    <message>
        <source>No epoch finished yet.</source>
        <translation>还没有完成任何一轮。</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}.</source>
        <translation>测试准确率 {accuracy}。</translation>
    </message>
    <message>
        <source>{name} ({dataset}, not published)</source>
        <translation>{name}（{dataset} 数据集，未公布）</translation>
    </message>
    <message>
        <source>{name} ({dataset}, {accuracy})</source>
        <translation>{name}（{dataset} 数据集，{accuracy}）</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Recipes from tutorials, each with the test accuracy its source published, so you can reproduce it and then change one thing.</source>
        <translation>来自教程的配方，每个都附有出处公布的测试准确率，你可以先复现，再改动一处试试。</translation>
    </message>
    <message>
        <source>{description} Source: {source}</source>
        <translation>{description} 来源：{source}</translation>
    </message>
    <message>
        <source>Progress through the current epoch (one pass over the training images).</source>
        <translation>当前一轮的进度（遍历一次训练图像）。</translation>
    </message>
    <message>
        <source>Progress through the whole run: training images processed per second, time spent training (pauses excluded) and the estimated time left.</source>
        <translation>整次运行的进度：每秒处理的训练图像数、训练用时（不含暂停）以及预计剩余时间。</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>{epoch} of {epochs}: {percent}</source>
        <translation>第 {epoch}/{epochs} 轮：{percent}</translation>
    </message>
    <message>
        <source>{speed} images/s · {elapsed} elapsed · about {left} left</source>
        <translation>{speed} 张图像/秒 · 已用 {elapsed} · 约剩 {left}</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Stopped early.</source>
        <translation>已提前停止。</translation>
    </message>
    <message>
        <source>Training diverged.</source>
        <translation>训练发散了。</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <source>Test accuracy {test}</source>
        <translation>测试准确率 {test}</translation>
    </message>
    <message>
        <source>Test accuracy {test} · drawn digits by new writers {drawn}</source>
        <translation>测试准确率 {test} · 新书写者的手写数字 {drawn}</translation>
    </message>
    <message>
        <source>Confusion matrix: row = true class, column = the network&apos;s answer. Off-diagonal cells show which classes it mixes up.</source>
        <translation>混淆矩阵：行 = 真实类别，列 = 网络的答案。对角线以外的格子显示它把哪些类别搞混了。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>真实为 {name}</translation>
    </message>
    <message>
        <source>read as {name}</source>
        <translation>识别为 {name}</translation>
    </message>
    <message>
        <source>True {true}, answered {answer}: {count} images ({share} of all {true})</source>
        <translation>真实为 {true}，被认成 {answer}：{count} 张图像（占所有 {true} 的 {share}）</translation>
    </message>
    <message>
        <source>Test accuracy: the dataset&apos;s test images. Drawn digits by new writers: digits drawn with a pen by six people no model is trained or tuned on, rendered as the canvas renders drawings; how well it will read yours.</source>
        <translation>测试准确率：基于数据集的测试图像。新书写者的手写数字：由 6 个人用笔写的数字，任何模型都不会用它们训练或调优，并按画布渲染手绘的方式渲染；反映它识别你的手写的能力。</translation>
    </message>
    <message>
        <source>Read the canvas with this network: draw and see how it does.</source>
        <translation>用这个网络识别画布：画一画，看看它表现如何。</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Write the network, its settings and scores to a .keras file you can open later.</source>
        <translation>将网络及其设置和成绩写入 .keras 文件，以后可以再打开。</translation>
    </message>
    <message>
        <source>Test images the network got wrong, most confident first.</source>
        <translation>网络判断错误的测试图像，最有把握的排在前面。</translation>
    </message>
    <message>
        <source>Train a network to see how well it does here.</source>
        <translation>训练一个网络，在这里查看它的表现。</translation>
    </message>
    <message>
        <source>No test scores: the run ended before training began.</source>
        <translation>没有测试成绩：这次运行在训练开始前就结束了。</translation>
    </message>
    <message>
        <source>In use ✓</source>
        <translation>使用中 ✓</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: true class, columns: answer)</source>
        <translation>&lt;b&gt;混淆矩阵&lt;/b&gt;（行：真实类别，列：答案）</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · 1 epoch in {seconds} s</source>
        <translation>在 {images} 张图像上的测试损失 {loss} · {seconds} 秒内训练 1 轮</translation>
    </message>
    <message>
        <source>test loss {loss} on {images} images · {epochs} epochs in {seconds} s</source>
        <translation>在 {images} 张图像上的测试损失 {loss} · {seconds} 秒内训练 {epochs} 轮</translation>
    </message>
    <message>
        <source>{difference} points</source>
        <translation>{difference} 个百分点</translation>
    </message>
    <message>
        <source>{details} · published {published} ({difference})</source>
        <translation>{details} · 公布值 {published}（{difference}）</translation>
    </message>
    <message>
        <source>{true} → {answer}</source>
        <translation>{true} → {answer}</translation>
    </message>
    <message>
        <source>{confidence} sure</source>
        <translation>把握 {confidence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mistakes&lt;/b&gt; (true class → answer): {wrong} of {total} test images wrong; the {shown} it was surest about:</source>
        <translation>&lt;b&gt;错例&lt;/b&gt;（真实类别 → 答案）：{total} 张测试图像中有 {wrong} 张错误；以下是它最有把握的 {shown} 张：</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Build the network and train it on the chosen data.</source>
        <translation>搭建网络并用所选数据训练它。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Hold training between two batches; resume any time.</source>
        <translation>在两个批次之间暂停训练；可随时继续。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End training now and keep the weights learned so far.</source>
        <translation>立即结束训练，并保留目前学到的权重。</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start from a preset, or set up your own network below.</source>
        <translation>从一个预设开始，或在下方配置你自己的网络。</translation>
    </message>
    <message>
        <source>Preset: {preset} — {description}</source>
        <translation>预设：{preset} — {description}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>% of training images</source>
        <translation>训练图像的 %</translation>
    </message>
    <message>
        <source>images</source>
        <translation>张图像</translation>
    </message>
    <message>
        <source>Give the held-back validation set as a percentage or as a number of images.</source>
        <translation>以百分比或图像张数指定留出的验证集。</translation>
    </message>
    <message>
        <source>Validation unit</source>
        <translation>验证集单位</translation>
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
        <translation>加入笔写数字</translation>
    </message>
    <message>
        <source>Distort training digits</source>
        <translation>对训练数字做变形</translation>
    </message>
    <message>
        <source>Pen-drawn digits need a dataset of the digits 0–9.</source>
        <translation>笔写数字需要一个由数字 0–9 组成的数据集。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation>衰减系数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Drawn digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>This copy of DigitLab runs from source, so it has no {file}: installers generate it when they are built (packaging/notices.py). DigitLab itself is MIT licensed; each library it uses carries its own licence in your Python environment.</source>
        <translation>这份 DigitLab 从源代码运行，因此没有 {file}：安装程序在构建时会生成它（packaging/notices.py）。DigitLab 本身采用 MIT 许可证；它使用的每个库都在你的 Python 环境中附带各自的许可证。</translation>
    </message>
    <message>
        <source>Draw a digit and watch a multilayer perceptron read it live.</source>
        <translation>画一个数字，实时观看多层感知机识别它。</translation>
    </message>
    <message>
        <source>Active model trained with {libraries}</source>
        <translation>当前模型使用 {libraries} 训练</translation>
    </message>
    <message>
        <source>About DigitLab</source>
        <translation>关于 DigitLab</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>许可证…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>第三方许可证</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>Cannot read image</source>
        <translation>无法读取图像</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>The guide is the README.md of DigitLab&apos;s source; this installation does not carry a copy.</source>
        <translation>指南就是 DigitLab 源代码中的 README.md；此安装未附带副本。</translation>
    </message>
    <message>
        <source>DigitLab guide</source>
        <translation>DigitLab 指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Open a model to read digits (File ▸ Open model…)</source>
        <translation>打开一个模型来识别数字（文件 ▸ 打开模型…）</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>The model used last, {last}, is gone or unreadable: reading with {default}.</source>
        <translation>上次使用的模型 {last} 已不存在或无法读取：改用 {default} 识别。</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>This network is still training: save it when the run ends.</source>
        <translation>这个网络仍在训练：请在运行结束后保存。</translation>
    </message>
    <message>
        <source>Cannot save now</source>
        <translation>现在无法保存</translation>
    </message>
    <message>
        <source>Wait until the last save ends.</source>
        <translation>请等待上一次保存完成。</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>正在保存 {path}…</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Read digits with a saved Keras model</source>
        <translation>用已保存的 Keras 模型识别数字</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>打开图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Put a picture of a digit on the canvas for the network to read</source>
        <translation>在画布上放一张数字图片，让网络识别</translation>
    </message>
    <message>
        <source>&amp;Draw a sample digit</source>
        <translation>画一个示例数字(&amp;D)</translation>
    </message>
    <message>
        <source>Put a digit a person drew on the canvas for the network to read</source>
        <translation>在画布上放一个真人写的数字，让网络识别</translation>
    </message>
    <message>
        <source>&amp;Save model as…</source>
        <translation>模型另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep a copy of the model in use</source>
        <translation>保存当前所用模型的副本</translation>
    </message>
    <message>
        <source>Back to the previous model</source>
        <translation>返回上一个模型</translation>
    </message>
    <message>
        <source>Read with the model used before this one</source>
        <translation>用之前使用的模型识别</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>收回最后一笔</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>擦除画布</translation>
    </message>
    <message>
        <source>DigitLab &amp;guide</source>
        <translation>DigitLab 指南(&amp;G)</translation>
    </message>
    <message>
        <source>How to draw, train, look inside and teach</source>
        <translation>如何画数字、训练、探查内部和教它认字</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key DigitLab answers to</source>
        <translation>DigitLab 响应的所有按键</translation>
    </message>
    <message>
        <source>&amp;About DigitLab</source>
        <translation>关于 DigitLab(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>笔</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>笔宽</translation>
    </message>
    <message>
        <source>Pen width (the digit is scaled to MNIST&apos;s size, so this sets how bold the stroke looks to the network)</source>
        <translation>笔宽（数字会被缩放到 MNIST 的尺寸，所以它决定了笔画在网络看来有多粗）</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>返回 {name}</translation>
    </message>
    <message>
        <source>The canvas is now read by {name}: draw a digit to try it.</source>
        <translation>画布现在由 {name} 识别：画一个数字试试吧。</translation>
    </message>
    <message>
        <source>Could not open {path}: {error}</source>
        <translation>无法打开 {path}：{error}</translation>
    </message>
    <message>
        <source>DigitLab — {name}</source>
        <translation>DigitLab — {name}</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>A {digit} drawn by a writer DigitLab never trained on</source>
        <translation>一个由 DigitLab 从未训练过的书写者写的 {digit}</translation>
    </message>
</context>
</TS>
