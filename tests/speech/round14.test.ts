/**
 * Round 14 (sets 15 and 16, twenty SaudiNewsNet articles): وفقا لـ with a quoted source or no فإن before the
 * clause (وفقا لمجلة «كيكر شبورت» هناك شرط …); a trailing attribution closing its sentence attributes the whole
 * clause, except a source's estimate of a number; جاء في + a document (وجاء في الخبر أن …); an unmarked clause after
 * ، مضيفا; في حين / بينما open a claim of their own; خلص إلى القول، استدرك بالقول، اختتم حديثه بالقول; بقوله: after a
 * narrated verb; an unquoted question runs on over the questions after it; an unclosed quotation after a colon runs
 * over its paragraph; بحسب وصفه is the speaker's own phrase; a fronted topic (أما … فقال) is not the speaker.
 * Rows are real sentences of those sets (shortened where marked) or built on their pattern.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';
import { extract } from '../../src/index.js';
import { checkClaimRow, type ClaimRow } from './rows.js';

const rows: [string, ClaimRow][] = [
  ['وفقا لـ a quoted magazine, no فإن', {
    text: 'ووفقا لمجلة «كيكر شبورت» هناك شرط جزائي بقيمة ستة ملايين يورو في عقد دي سانتو مع بريمن، سمح له بالرحيل إلى شالكه.',
    cue: 'ووفقا ل', speaker: 'كيكر شبورت', content: 'هناك شرط جزائي بقيمة ستة ملايين يورو في عقد دي سانتو مع بريمن، سمح له بالرحيل إلى شالكه' }],
  ['بحسب + a body, then a negated clause', {
    text: 'وبحسب وزارة الصحة لا توجد إصابات جديدة بالفيروس في المدينة.',
    cue: 'وبحسب', speaker: 'وزارة الصحة', content: 'لا توجد إصابات جديدة بالفيروس في المدينة' }],
  ['a trailing وفقا لـ closing its sentence takes the whole clause (shortened)', {
    text: 'وقال الوزير إن البرنامج مستمر. والقانون الجديد يفرض إجازة أمومة مدفوعة من تسعة أشهر لكن الأموال اللازمة لتطبيقه -- حوالي 3200 مليار ريال -- غير متوافرة بعد وفقا لمسؤولين في الضمان الاجتماعي.',
    cue: 'وفقا ل', content: 'والقانون الجديد يفرض إجازة أمومة مدفوعة من تسعة أشهر لكن الأموال اللازمة لتطبيقه -- حوالي 3200 مليار ريال -- غير متوافرة بعد' }],
  ['وجاء في الخبر أن', {
    text: 'وكانت صحيفة سبق قد نشرت خبرا، وجاء في الخبر أن عددا من المواطنين السعوديين قد اضطروا إلى العودة إلى منفذ الخفجي.',
    cue: 'وجاء في', speaker: 'الخبر', content: 'عددا من المواطنين السعوديين قد اضطروا إلى العودة إلى منفذ الخفجي' }],
  ['، مضيفا + an unmarked clause (shortened)', {
    text: 'من جانبه، قال عم الشهيد إن الأحزان التي نشعر بها بددها نيل سامي للشهادة، مضيفا كلنا فخر باستشهاده وهو ليس فقيدنا لوحدنا بل فقيد كل الوطن.',
    cue: 'مضيفا', content: 'كلنا فخر باستشهاده وهو ليس فقيدنا لوحدنا بل فقيد كل الوطن' }],
  ['في حين قالت opens its own claim', {
    text: 'وقال الوزير إن النسبة بلغت 10% في حين قالت مصادر أخرى إن النسبة أعلى بكثير.',
    cue: 'وقال', content: 'النسبة بلغت 10%' }],
  ['… and the claim after في حين', {
    text: 'وقال الوزير إن النسبة بلغت 10% في حين قالت مصادر أخرى إن النسبة أعلى بكثير.',
    cue: 'قالت', speaker: 'مصادر أخرى', content: 'النسبة أعلى بكثير' }],
  ['خلص إلى القول', {
    text: 'وخلص شريف إلى القول: «تحتاج الإدارات الضريبية في المنطقة إلى مصادر أفضل وتدريب أكثر».',
    cue: 'وخلص', speaker: 'شريف', content: 'تحتاج الإدارات الضريبية في المنطقة إلى مصادر أفضل وتدريب أكثر', direct: true }],
  ['استدرك بالقول', {
    text: 'وقال الوزير إن الأمر محسوم. واستدرك بالقول "مع ذلك، فإن من حقنا أن نشتري السلاح من أية دولة".',
    cue: 'واستدرك', name: 'الوزير', content: 'مع ذلك، فإن من حقنا أن نشتري السلاح من أية دولة', direct: true }],
  ['اختتم حديثه بالقول: the speech noun is no speaker', {
    text: 'واختتم الوزير حديثه بالقول إن المملكة ماضية في الإصلاح.',
    cue: 'واختتم', speaker: 'الوزير', content: 'المملكة ماضية في الإصلاح' }],
  ['بقوله: after a narrated verb (shortened)', {
    text: 'وتحدث المبعوث الدولي عن آثار الأزمة اليمنية في حواره أمس مع قناة "CBC eXtra" المصرية بقوله: قبل سنتين كان هناك سبعة ملايين يمني يحتاجون إلى مساعدات إنسانية، وقد تضاعف العدد اليوم.',
    cue: 'بقوله', name: 'المبعوث', content: 'قبل سنتين كان هناك سبعة ملايين يمني يحتاجون إلى مساعدات إنسانية، وقد تضاعف العدد اليوم' }],
  ['an unquoted question runs on over the next questions', {
    text: 'وقال المواطن محمد القشانين إن الطريق خطير. وتساءل: أين المهندسون المشرفون.. أم أن مواصفات الوزارة بهذه الشاكلة؟، وأين وسائل السلامة؟، وهل غابت تلك الحفر عن أنظار مهندسي الوزارة؟.',
    cue: 'وتساءل', name: 'القشانين', content: 'أين المهندسون المشرفون.. أم أن مواصفات الوزارة بهذه الشاكلة؟، وأين وسائل السلامة؟، وهل غابت تلك الحفر عن أنظار مهندسي الوزارة؟' }],
  ['an unclosed quotation after a colon runs over its paragraph', {
    text: 'في حين قال المواطن محمد الشمري: "لا نعلم ماذا يريد المقاول من أصحاب الحي؟ هل يريد عزلهم بإيعاز من بلدية الجبيل؟، الأمر خطير فمن المسؤول؟!.\nوقالت البلدية إن المشروع تطوير للشارع.',
    cue: 'قال', content: 'لا نعلم ماذا يريد المقاول من أصحاب الحي؟ هل يريد عزلهم بإيعاز من بلدية الجبيل؟، الأمر خطير فمن المسؤول', direct: true }],
  ['أما … فقال: the topic is not the speaker (shortened)', {
    text: 'وقال رئيس مجلس الأعمال إن المحادثات انتهت. أما استثمارات السعوديين في القناة فقال إنه كان لهم دور كمستثمرين في إنشاء شركة جسور.',
    cue: 'فقال', name: 'رئيس مجلس الأعمال', content: 'كان لهم دور كمستثمرين في إنشاء شركة جسور' }],
  ['a verbal-noun object after a circumstantial phrase, ، إلا أن ends it', {
    text: 'بينما نفى المدير العام لطرق نجران المهندس ناصر بجاش في رده على خطاب "الوطن" وجود أي حفر تشكل خطورة على مرتادي طريق الجفة، إلا أن عدسة "الوطن" وثقت الحفر.',
    cue: 'نفى', name: 'ناصر بجاش', content: 'وجود أي حفر تشكل خطورة على مرتادي طريق الجفة' }],
  ['وقال + a negated clause after a nominal claim', {
    text: 'ونفى بادغيش في نهاية التصريح وجود مفاوضات مع ادارة ناديه لبعض لاعبي فريقه وقال لم نتلق اي خطاب رسمي.',
    cue: 'وقال', name: 'بادغيش', content: 'لم نتلق اي خطاب رسمي' }],
  ['، وأكد على … opens its own claim', {
    text: 'واعترف الاسد بأن قواته لا تستطيع الانتصار في كافة المعارك ، وأكد على أولوية الحفاظ على حياة الجنود.',
    cue: 'وأكد', name: 'الاسد', content: 'أولوية الحفاظ على حياة الجنود' }],
  ['a quotation right after the speaker, then the writer’s إلا أن', {
    text: 'وقال سيف “يمكننا استيعاب بين 200 و300 مليار دولار من الاستثمارات الاجنبية” الا ان معارضي الاتفاق النووي يرون غير ذلك.',
    cue: 'وقال', speaker: 'سيف', content: 'يمكننا استيعاب بين 200 و300 مليار دولار من الاستثمارات الاجنبية', direct: true }],
  ['، كما أعلنت X closing the sentence attributes the clause before it', {
    text: 'قتل عشرة جنود أفغان على الأقل صباح أمس في غارة أميركية على حاجز للجيش في ولاية لوغار جنوب كابول حيث ينتشر متمردو طالبان، كما اعلنت السلطات المحلية.',
    cue: 'اعلنت', speaker: 'السلطات المحلية', content: 'قتل عشرة جنود أفغان على الأقل صباح أمس في غارة أميركية على حاجز للجيش في ولاية لوغار جنوب كابول حيث ينتشر متمردو طالبان' }],
  ['، كما أعلن X عن …: an object, not the clause before', {
    text: 'وصل الوفد إلى الرياض أمس، كما أعلن الوزير عن خطة جديدة للتعاون بين البلدين.',
    cue: 'أعلن', speaker: 'الوزير', content: 'خطة جديدة للتعاون بين البلدين' }],
  ['قال + a role, then unmarked speech opening with نحن; the role meets the named minister through قطر ↔ القطري', {
    text: 'أكد وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية أن الحل للأزمة السورية يجب أن يكون سياسيا. وفيما يتعلق بالوضع في سوريا قال وزير الخارجية القطري نحن مطالبون بخلق أفق يعطي للشعب السوري ما يأمل.',
    cue: 'قال', name: 'خالد بن محمد العطية', content: 'نحن مطالبون بخلق أفق يعطي للشعب السوري ما يأمل' }],
  ['a title alone (وأكد اللواء) names the person it introduced', {
    text: 'وأوضح اللواء خليل المنصوري مساعد القائد العام لشرطة دبي أن الخادمة اعترفت بجريمتها. وأكد اللواء أن الأسرة التي كانت تعمل لديها الخادمة لم تعلم شيئا.',
    cue: 'وأكد', speaker: 'اللواء', name: 'خليل المنصوري', content: 'الأسرة التي كانت تعمل لديها الخادمة لم تعلم شيئا' }],
  ['a descriptor, then the quoted name, the outlet and a colon', {
    text: 'وقال المبتعث إلى جامعة لاتروب بولاية فكتوريا "خلف السبيعي" لـ"سبق": إن جميع المقيمين على أرض دولة أستراليا يحترمون النظام المروري الحازم.',
    cue: 'وقال', speaker: 'خلف السبيعي', content: 'جميع المقيمين على أرض دولة أستراليا يحترمون النظام المروري الحازم' }],
  ['المتحدث باسم …: باسم is "in the name of", not a first name', {
    text: 'من جانبه، قال المتحدث باسم المقاومة في تعز رشاد الشرعبي إن الثوار ما زالوا يحققون المزيد من التقدم.',
    cue: 'قال', speaker: 'رشاد الشرعبي', content: 'الثوار ما زالوا يحققون المزيد من التقدم' }],
  ['بقولها after a verb and a preposition with a pronoun: the subject after them speaks', {
    text: 'إذ كتبت شبكة "سي ان ان" الأميركية على موقعها الالكتروني إن الكوريين مجبرون. واتفقت معها شبكة "بي بي سي" البريطانية بقولها "على كل لائحة انتخاب مرشح واحد مقرر من الدولة".',
    cue: 'بقولها', name: 'بي بي سي', content: 'على كل لائحة انتخاب مرشح واحد مقرر من الدولة', direct: true }],
  ['أشار لـ + a verbal noun: the object, never a speaker for what follows', {
    text: 'وقال رئيس اللجنة إن التكلفة ارتفعت. وأشار لوجود الكثير من المدارس الأهلية التي تواصل عملها بخسائر واضحة، ويستدرك بالقول: «نحن كمستثمرين تعدينا هذه المرحلة».',
    cue: 'ويستدرك', name: 'رئيس اللجنة', content: 'نحن كمستثمرين تعدينا هذه المرحلة', direct: true }],
  ['a document and its issuer: the issuer speaks', {
    text: 'قال تقرير صدر عن المفوضية الأوروبية ببروكسل، إن تطورات سوق العمل شهدت مؤخرا تحسنا.',
    cue: 'قال', name: 'المفوضية الأوروبية', content: 'تطورات سوق العمل شهدت مؤخرا تحسنا' }],
  ['وجاء في التقرير: «…»: the document’s own words, for the body quoted last', {
    text: 'قال تقرير صدر عن المفوضية الأوروبية ببروكسل، إن تطورات سوق العمل شهدت مؤخرا تحسنا. وجاء في التقرير: «على الرغم من الأرقام الأخيرة فإن معدلات البطالة لا تزال مرتفعة».',
    cue: 'وجاء في', speaker: 'التقرير', name: 'المفوضية الأوروبية', content: 'على الرغم من الأرقام الأخيرة فإن معدلات البطالة لا تزال مرتفعة', direct: true }],
  ['a speaker between parentheses', {
    text: 'واوضحت (يونامي) في بيان صحفي ان هذه الحصيلة تتضمن 844 قتيلا من العراقيين المدنيين.',
    cue: 'واوضحت', name: 'يونامي', content: 'هذه الحصيلة تتضمن 844 قتيلا من العراقيين المدنيين' }],
  ['an agency’s dotted initials in parentheses end no sentence', {
    text: 'وقالت المصادر لوكالة الأنباء الألمانية (د. ب. أ) إن طيران التحالف الدولي قصف مواقع تابعة لتنظيم داعش.',
    cue: 'وقالت', speaker: 'المصادر', content: 'طيران التحالف الدولي قصف مواقع تابعة لتنظيم داعش' }],
  ['a dotted acronym in parentheses holds no complement (its إن is a letter name)', {
    text: 'وقالت قناة (سي.إن.إن ترك) التلفزيونية إن الضابط القتيل من خبراء المفرقعات الذين أرسلوا إلى المكان.',
    cue: 'وقالت', content: 'الضابط القتيل من خبراء المفرقعات الذين أرسلوا إلى المكان' }],
  ['مختتماً حديثه أن: the speech noun is the verb’s fixed object', {
    text: 'وأضاف المدير أن العمل مستمر. مختتماً حديثه أن الرئاسة تولي اهتماماً كبيراً بالمشروعات.',
    cue: 'مختتماً', name: 'المدير', content: 'الرئاسة تولي اهتماماً كبيراً بالمشروعات' }],
  ['علق with its complement at once', {
    text: 'من جانبه علق مبارك العصيمي أن وزارة التعليم تقوم بالرفع باحتياجها من التخصصات.',
    cue: 'علق', speaker: 'مبارك العصيمي', content: 'وزارة التعليم تقوم بالرفع باحتياجها من التخصصات' }],
  ['an object-suffixed cue with its ب-complement at once writes no speaker', {
    text: 'وقال المخرج إن التجربة ناجحة. أما بالنسبة لدنيا سمير غانم فوصفها بصاحبة كاريزما هائلة، وأن الفن يسكنها من رأسها حتى أخمص قدميها.',
    cue: 'فوصفها', name: 'المخرج', content: 'صاحبة كاريزما هائلة، وأن الفن يسكنها من رأسها حتى أخمص قدميها' }],
  ['a manner adverbial after the cue is no speaker (وقالت له بغيظ)', {
    text: 'ثم قال لها عز الدين: «فيلم إيه؟». وقالت له بغيظ: «ليه؟ يعني ما نفعش أمثل».',
    cue: 'وقالت', content: 'ليه؟ يعني ما نفعش أمثل', direct: true }],
  ['وفقا للمصدر نفسه: the fused ل is no part of the source’s name', {
    text: 'لكن عملية التخلص من هذه المواد لم تصل إلا لنحو 60 في المائة بسبب الانتفاضة المسلحة ضد القذافي، وفقا للمصدر نفسه.',
    cue: 'وفقا ل', name: 'المصدر نفسه', content: 'عملية التخلص من هذه المواد لم تصل إلا لنحو 60 في المائة بسبب الانتفاضة المسلحة ضد القذافي' }],
  ['an accusation’s object inside the phrase: the subject accuses, the object and its ب-complement are the content', {
    text: 'وقال المتحدث إن الوضع صعب. ويتهم المتمردون الحكومة بقطع المؤن بهدف اضعافهم.',
    cue: 'ويتهم', speaker: 'المتمردون', content: 'الحكومة بقطع المؤن بهدف اضعافهم' }],
  ['a cue set off by a comma takes its farther complement', {
    text: 'أكد المبعوث الخاص أن دول الخليج مهمة لأمريكا، وأضاف، رداً على سؤال حول ما إذا كان اعتماد أمريكا على مصادرها للطاقة مؤخرا سيقلل من أهمية الخليج كمصدر للبترول، أن ذلك ليس صحيحا.',
    cue: 'وأضاف', name: 'المبعوث الخاص', content: 'ذلك ليس صحيحا' }],
  ['، وطبقا لـ ends the claim before it and leads its own, opened by a ف-word', {
    text: 'وقال الوزير إن الحالات نادرة، وطبقا لخبراء الصحة العامة بالوزارة فالمرض ينتقل عن طريق البعوض.',
    cue: 'وطبقا ل', content: 'المرض ينتقل عن طريق البعوض' }],
  ['a short quotation closing the sentence right after the speaker', {
    text: 'وسارع المعهد إلى نفي انه من المعارضين للاتفاق. وقال المعهد “نحن محايدون”.',
    cue: 'وقال', speaker: 'المعهد', content: 'نحن محايدون', direct: true }],
  ['a long located role, then an abbreviated title and the name', {
    text: 'ويوضح المختص في علم الإجرام ومكافحة الجريمة والإرهاب أ.د. يوسف الرميح أنه ينبغي على الأسرة عدم إنكار الحقيقة.',
    cue: 'ويوضح', name: 'يوسف الرميح', content: 'ينبغي على الأسرة عدم إنكار الحقيقة' }],
  ['ختم + the speaker’s talk, a circumstantial clause, then a colon', {
    text: 'وقال بسام إن والده توفي. وختم "بسام" حديثه والحزن والألم يعتصران قلبه: "توفي أبي والمتسبب حر طليق".',
    cue: 'وختم', name: 'بسام', content: 'توفي أبي والمتسبب حر طليق', direct: true }],
  ['a nominal object ends at the writer’s ، وذلك بعد …', {
    text: 'كشف الفنان أحمد حلمي عن مشروع فيلم سينمائي يجمعه بالفنان الكوميدي محمد هنيدي، وذلك بعد أن أبدى الأخير موافقته.',
    cue: 'كشف', content: 'مشروع فيلم سينمائي يجمعه بالفنان الكوميدي محمد هنيدي' }],
  ['a relative clause before the cue is not its subject; the name after the cue speaks', {
    text: 'وفي ما يتعلق بنسب الاستشاريين التي أبدى تحفظه عليها في الاجتماع السابق قال مغازي إن «نسبة 70 في المائة و30 في المائة اتفقنا على أنها نسب إجمالية».',
    cue: 'قال', speaker: 'مغازي', content: 'نسبة 70 في المائة و30 في المائة اتفقنا على أنها نسب إجمالية', direct: true }],
  ['بهذا الخصوص after the cue is no speaker', {
    text: 'وقال مغازي إن المخاوف قائمة، وأضاف بهذا الخصوص: «بعد اكتمال الدراسات سيكون لدينا تصور لما سوف يحدث».',
    cue: 'وأضاف', name: 'مغازي', content: 'بعد اكتمال الدراسات سيكون لدينا تصور لما سوف يحدث', direct: true }],
  ['a role, then a second role closed by its holder’s title and name, between commas', {
    text: 'أكد لـ«عكاظ» وكيل وزارة الصحة للصحة العامة، رئيس مركز القيادة والتحكم الدكتور عبدالعزيز بن سعيد، أن من مسببات تسجيل إصابات متتالية في الرياض حركة الجمال.',
    cue: 'أكد', name: 'عبدالعزيز بن سعيد', content: 'من مسببات تسجيل إصابات متتالية في الرياض حركة الجمال' }],
  ['pro-drop with circumstantial phrases before the cue’s own إلى أن', {
    text: 'وقال أوغلو إن الهجوم مدان.  وأشار في تصريح له صباح أمس، في مقر رئاسة حزبه بإسطنبول إلى أن السلطات ستفتح تحقيقا مفصلا حول الاعتداء.',
    cue: 'وأشار', name: 'أوغلو', content: 'السلطات ستفتح تحقيقا مفصلا حول الاعتداء' }],
  ['an ambiguous cue spelling inside the speaker phrase (تتابع "follows") does not stop the complement search', {
    text: 'وفي الآونة الأخيرة، أفادت منظمة غربية تتابع الحوادث الأمنية بأن نشاط الحركة وصل إلى مستوى «لم يسبق له مثيل».',
    cue: 'أفادت', content: 'نشاط الحركة وصل إلى مستوى «لم يسبق له مثيل»' }],
  ['a participle after a stray period, right after a claim in the same paragraph', {
    text: 'وأضاف أوغلو: لن يتمكن أحد من تخويفنا من خلال هذه الأعمال. مؤكدا اتخاذ بلاده كافة التدابير اللازمة لمواجهة الإرهاب، مشيرا إلى أن الحكومة مستعدة.',
    cue: 'مؤكدا', name: 'أوغلو', content: 'اتخاذ بلاده كافة التدابير اللازمة لمواجهة الإرهاب' }],
  ['لأنهما قالا: the dual past, spoken by the negated clause’s subject', {
    text: 'ولم يوفد الاتحاد الأوروبي والاتحاد الافريقي مراقبين للانتخابات لأنهما قالا إن العملية برمتها لم تكن تتحلى بالمصداقية.',
    cue: 'قالا', name: 'الاتحاد الأوروبي', content: 'العملية برمتها لم تكن تتحلى بالمصداقية' }],
  ['، على ما أفاد X: a trailing attribution like حسبما', {
    text: 'قام عناصر من حركة بوكو حرام بقتل عشرة صيادين في ثلاث قرى، على ما أفاد رئيس نقابة صيادي السمك أبو بكر غامندي.',
    cue: 'على ما أفاد', content: 'قام عناصر من حركة بوكو حرام بقتل عشرة صيادين في ثلاث قرى' }],
  ['a located body, its place, then the cue’s own preposition', {
    text: 'كشفت مديرية الشؤون الصحية بالمنطقة الشرقية عن انتهاء الاجراءات المتعلقة بصرف بدلات العيدين.',
    cue: 'كشفت', speaker: 'مديرية الشؤون الصحية', content: 'انتهاء الاجراءات المتعلقة بصرف بدلات العيدين' }],
  ['أبان with its complement at once', {
    text: 'وأبان عدد من الملاك أنه منذ الإعلان عن صدور الموافقة ارتفعت الأسعار.',
    cue: 'وأبان', content: 'منذ الإعلان عن صدور الموافقة ارتفعت الأسعار' }],
  ['عزا X إلى Y: the cause is the content', {
    text: 'وعزا المدير التنفيذي ارتفاع الأرباح إلى زيادة كميات الإنتاج والبيع.',
    cue: 'وعزا', speaker: 'المدير التنفيذي', content: 'زيادة كميات الإنتاج والبيع' }],
  ['توعد بأن / تعهد بـ', {
    text: 'وتوعدت الحركة بأن الرد «لن يتأخر».',
    cue: 'وتوعدت', speaker: 'الحركة', content: 'الرد «لن يتأخر»' }],
  ['… and تعهد بـ', {
    text: 'وتعهد رئيس الوزراء بالإعلان عن خطة شاملة للإصلاح.',
    cue: 'وتعهد', speaker: 'رئيس الوزراء', content: 'الإعلان عن خطة شاملة للإصلاح' }],
  ['a derived-form verbal noun after a located body (توقع حرس الحدود في المنطقة الشرقية إبحار …)', {
    text: 'توقع حرس الحدود في المنطقة الشرقية إبحار 360 قارب صيد صغيرا وكبيرا لصيد الروبيان.',
    cue: 'توقع', content: 'إبحار 360 قارب صيد صغيرا وكبيرا لصيد الروبيان' }],
  ['أرجع + its object, then إلى further on', {
    text: 'وأرجع الرئيس العام لرعاية الشباب قرار تأجيل إقامة المباريات على ملعب الأمير عبدالله الفيصل بجدة إلى عدم انتهاء مرحلة الفحص لأساسيات الملعب.',
    cue: 'وأرجع', content: 'عدم انتهاء مرحلة الفحص لأساسيات الملعب' }],
  ['a demand’s ب + derived-form verbal noun right after the addressee is the object, not a speaker', {
    text: 'وطالبت اللجنة كافة الأطراف باحترام مهمة العاملين في المجال الإنساني.',
    cue: 'وطالبت', speaker: 'اللجنة', content: 'كافة الأطراف باحترام مهمة العاملين في المجال الإنساني' }],
  ['a quoted name with a dotted acronym after a head noun', {
    text: 'وقالت شبكة "إن.بي.سي نيوز" إن المسؤول أكد الأمر.',
    cue: 'وقالت', speaker: 'شبكة "إن.بي.سي نيوز"', content: 'المسؤول أكد الأمر' }],
  ['قدر "estimated" with its أن-complement', {
    text: 'وقدرت المخابرات الأمريكية في فبراير شباط أن أكثر من 20 ألف مقاتل أجنبي سافروا إلى منطقة سوريا والعراق منذ 2011.',
    cue: 'وقدرت', speaker: 'المخابرات الأمريكية', content: 'أكثر من 20 ألف مقاتل أجنبي سافروا إلى منطقة سوريا والعراق منذ 2011' }],
  ['a verbal noun right after a nominal cue is its object, and the speaker is the last one (ونفى سحب أي مشروع)', {
    text: 'وقال مصدر في الوزارة إن المعرض ناجح. ونفى سحب أي مشروع من شركات التطوير المشاركة خلال المعرض.',
    cue: 'ونفى', speaker: null, name: 'مصدر في الوزارة', content: 'سحب أي مشروع من شركات التطوير المشاركة خلال المعرض' }],
];

describe('round-14 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));

  it('a source\u2019s estimate qualifies only the number before it', () => {
    const text = 'تفاقمت الأوضاع الإنسانية لما يزيد على 4 ملايين لاجئ سوري في دول الجوار وفقا لآخر تقديرات مفوضية الأمم المتحدة لشؤون اللاجئين.';
    const c = extractClaims({ text }).find((x) => x.cue.text.startsWith('وفقا'));
    expect(c?.content.text ?? '').not.toContain('تفاقمت');
  });

  it('a participle after an independent pronoun is a predicate, not a cue (نحن مطالبون)', () => {
    const text = 'أكد وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية أن الحل للأزمة السورية يجب أن يكون سياسيا. وفيما يتعلق بالوضع في سوريا قال وزير الخارجية القطري نحن مطالبون بخلق أفق يعطي للشعب السوري ما يأمل.';
    expect(extractClaims({ text }).map((c) => c.cue.text)).not.toContain('مطالبون');
  });

  it('ختم without its talk (ختم القرآن) reports nothing', () => {
    expect(extractClaims({ text: 'ختم الطالب القرآن الكريم في سن العاشرة وقال الجميع إنه متفوق.' }).map((c) => c.cue.text)).not.toContain('ختم');
  });

  it('a present form after أنها is the reported clause’s verb, not a new claim', () => {
    const text = 'وعد الدكتور العربي هذه الجريمة استمرارا للانتهاكات التي ترتكب بحق الشعب الفلسطيني وأنها تعتبر جريمة حرب، وسط عجز وصمت من المجتمع الدولي.';
    expect(extractClaims({ text }).map((c) => c.cue.text)).not.toContain('تعتبر');
  });

  it('an object-suffixed cue after a verb inside a clause is a verbal noun (يستحق وصفه بالطاغوت)', () => {
    const text = 'واختلفوا حول ما إذا كان الرئيس الأسبق يستحق وصفه بالطاغوت أم لا، وقال أحدهم إن النقاش طال.';
    expect(extractClaims({ text }).map((c) => c.cue.text)).not.toContain('وصفه');
  });

  it.each([
    ['وأكد النادي الإسماعيلي بموقعه الرسمي أن اللاعب مستمر مع الفريق.', 'بموقعه'],
    ['وقال الأمن المصري بشمال سيناء إن الحملة مستمرة.', 'بشمال'],
    ['وطالب الموظفون حتى يتم صرف البدلات بسرعة البت في الأمر.', 'حتى'],
  ])('a ب-phrase with a pronoun or a direction, or حتى, never starts a speaker: %s', (text, word) => {
    for (const c of extractClaims({ text })) expect(c.speaker?.text ?? '').not.toMatch(new RegExp('^' + word));
  });

  it('على ما + a verb that reports nothing is no attribution', () => {
    expect(extractClaims({ text: 'وحصل الفريق على ما أراد من نتائج في الموسم الماضي.' })).toEqual([]);
  });

  it('قدر "appreciated" with a nominal object reports nothing', () => {
    expect(extractClaims({ text: 'وقدرت الحكومة جهود المتطوعين في الحملة.' })).toEqual([]);
  });

  it('قدر as a noun (قدر استطاعتي) is no cue; تعهد takes its ب-object at once (full pipeline)', async () => {
    expect(extractClaims({ text: 'سأحاول قدر استطاعتي أن أكسب ثقة ابنتي.' })).toEqual([]);
    const c = (await extract('وتعهدت ألمانيا بمفاوضات سريعة حول القرض الجديد لليونان.')).claims[0];
    expect(c?.speaker?.text).toBe('ألمانيا');
    expect(c?.content.text).toBe('مفاوضات سريعة حول القرض الجديد لليونان');
  });

  it('علق "suspended" with no complement reports nothing', () => {
    expect(extractClaims({ text: 'وعلقت الحكومة العمل بالاتفاق حتى إشعار آخر.' })).toEqual([]);
  });

  it('جاء في + no document, or no complement, reports nothing', () => {
    expect(extractClaims({ text: 'وجاء في المرتبة الأولى فريق الهلال برصيد عشرين نقطة.' })).toEqual([]);
    expect(extractClaims({ text: 'واختتم المؤتمر أعماله بتوصيات عدة.' })).toEqual([]);
  });

  it('بحسب وصفه ends the content and is no claim of its own', () => {
    const text = 'كشف الوزير عن استعداد الجامعة العربية لإدارة المراقبين الدوليين في الأزمة اليمنية بحسب وصفه، وأوضح أنه لكي يحترم قرار وقف إطلاق النار فهو بحاجة لآلية مراقبة.';
    const claims = extractClaims({ text });
    expect(claims.map((c) => c.cue.text)).toEqual(['كشف', 'وأوضح']);
    expect(claims[0]!.content.text).toBe('استعداد الجامعة العربية لإدارة المراقبين الدوليين في الأزمة اليمنية');
  });

  it('وعقب المباراة + a verb: its subject speaks through the conjoined وقال (full pipeline)', async () => {
    const text = 'وعقب المباراة حفز رئيس البعثة بتال العتيبي لاعبي المنتخب بمكافآت فورية ووعدهم بمواصلة التحفيز حتى يتوج المنتخب باللقب وقال: "سرني الروح العالية التي ظهر بها لاعبو المنتخب".';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وقال');
    expect(c?.speaker?.name).toContain('بتال العتيبي');
    expect(c?.content.text).toBe('سرني الروح العالية التي ظهر بها لاعبو المنتخب');
  });

  it('، و+cue + a named source ends the content before it (full pipeline)', async () => {
    const text = 'وقال المسؤول إن سياسة الاستيطان الإسرائيلية أشعلت التطرف العنيف، وأكدت واشنطن دعمها لحل الدولتين.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وقال');
    expect(c?.content.text).toBe('سياسة الاستيطان الإسرائيلية أشعلت التطرف العنيف');
  });

  it('في اتصال هاتفي مع "الوطن" is skipped before the complement; ، ولم يستبعد أن opens its own claim (full pipeline)', async () => {
    const text = 'وقال البكري إن الأمر صحيح، وقال في اتصال هاتفي مع "الوطن" إن قيادات كبيرة وقعت في الأسر، ولم يستبعد أن يكون شقيق زعيم التمرد ضمنها.';
    const claims = (await extract(text)).claims;
    expect(claims.map((c) => c.content.text)).toEqual(['الأمر صحيح', 'قيادات كبيرة وقعت في الأسر', 'يكون شقيق زعيم التمرد ضمنها']);
    expect(claims.every((c) => c.speaker?.name === 'البكري')).toBe(true);
  });

  it('a bare honorific pronoun (وأكد سموه) stands for the last person, not the last body (full pipeline)', async () => {
    const text = 'وقال الأمير عبدالله بن مساعد إن الاجتماع كان ممتازا. وقال نادي الشباب إن اللاعب مستمر. وأكد سموه أن القرار له ايجابيات عديدة.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وأكد');
    expect(c?.speaker?.name).toBe('عبدالله بن مساعد');
  });

  it('a person named between quotes after a located role is the speaker (full pipeline)', async () => {
    const text = 'كشف المبعوث الدولي إلى اليمن "إسماعيل ولد الشيخ أحمد"؛ عن استعداد الجامعة العربية لإدارة المراقبين الدوليين لوقف إطلاق النار.';
    const doc = await extract(text);
    const c = doc.claims.find((x) => x.cue.text === 'كشف');
    expect(c?.speaker?.name).toBe('إسماعيل ولد الشيخ أحمد');
    expect(c?.speaker?.role).toBe('المبعوث الدولي إلى اليمن');
    expect(c?.content.text).toBe('استعداد الجامعة العربية لإدارة المراقبين الدوليين لوقف إطلاق النار');
  });
});
