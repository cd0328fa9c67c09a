# ruff: noqa: E501
"""Demo content for the first-run demo (data only, no Django imports).

Everything here is drawn from the seed documents in ``/work/shared/seeds/`` (Arabic text
extracted from PDFs, whose right-to-left lines, ligatures and letters were damaged by the
extraction and have been repaired by hand). Nothing is added that the seeds do not say,
except where a comment flags it.

* ``OUEZZANE_CHARTER`` — ``001_32a26ce543016c23.txt``: the draft charter of participatory
  democracy and citizen participation of the commune of Ouezzane (مشروع ميثاق الديمقراطية
  التشاركية والمشاركة المواطنة لجماعة وزان), section by section, in the document's order.
  The Arabic is the cleaned full text; the French is a faithful, sometimes condensed,
  translation of each paragraph.
* ``NEWS`` — one article per commune slug, except Taroudant (two):
  - ``larache``: ``000_437779a98abd82e1.txt`` (consultative workshop of 7 December 2023);
  - ``ouezzane``: ``001_32a26ce543016c23.txt`` (the draft charter and how it was prepared);
  - ``taroudant``: ``003_2585dca5ceaa095e.txt`` (workshop of 20 November 2023, public
    digital consultation of 3–15 April 2024);
  - ``beni-mellal``: ``002_de2c29e83ad652b5.txt`` (first Tadafor steering and follow-up
    committee, 13 February 2024);
  - ``naour``: ``002_de2c29e83ad652b5.txt`` (Naour is listed there among the communes of
    Béni Mellal province selected in September 2023 to join Tadafor);
  - ``tanger``: ``004_60ff597729851aff.txt`` (the "Nucharik" project, February 2023).
  The seeding code derives each article's slug from its date, so dates are unique per
  commune.
* ``DISTRICTS`` — not from the seeds: a few well-known quarters per commune, demo data to
  be checked by each commune (Tanger's arrondissements come from the official data).
* ``LARACHE_WORKSHOP_AGENDA`` — ``000_437779a98abd82e1.txt`` (the workshop's "محاور الورشة").
"""

# ---------------------------------------------------------------------------
# Seed 001 — draft charter of the commune of Ouezzane
# ---------------------------------------------------------------------------

OUEZZANE_CHARTER = {
    "title_ar": "مشروع ميثاق الديمقراطية التشاركية والمشاركة المواطنة لجماعة وزان",
    "title_fr": (
        "Projet de charte de la démocratie participative et de la participation citoyenne "
        "de la commune d'Ouezzane"
    ),
    "sections": [
        {
            "heading_ar": "مقدمة",
            "heading_fr": "Préambule",
            "paragraphs_ar": [
                "منذ عام 2018، انخرطت جماعة وزان في مسار الديمقراطية التشاركية والمشاركة المواطنة من خلال إنشاء هيئة المساواة وتكافؤ الفرص ومقاربة النوع، بالإضافة إلى مجلس الطفل، والتشاور حول برنامج عمل الجماعة، وتوصلها بعريضة من إحدى الجمعيات.",
                "وقد تعزز هذا المسار وتوسع ابتداء من سنة 2022 بتأسيس العديد من الهيئات الاستشارية والتشاورية، كهيئة الولوجيات وحقوق الأشخاص في وضعية إعاقة، ومجلس الرياضة، ومجلس الشباب، ومجلس الأحياء السكنية، بالإضافة إلى مكتب المواطن. وتوصلت الجماعة أيضا بالعديد من العرائض، سواء من طرف المواطنات والمواطنين أو من طرف الجمعيات، كما تم إعداد برنامج عمل في إطار المقاربة التشاركية.",
                "واليوم، واستمرارا لهذا المسار الهادف إلى الإشراك الفعلي والفعال لجميع المواطنات والمواطنين والجمعيات في تدبير الشأن العام الترابي، تم إعداد وصياغة ميثاق الديمقراطية التشاركية والمشاركة المواطنة عبر آلية التشاور العمومي، كخطوة جديدة في تجسيد الالتزام بالديمقراطية التشاركية.",
                "ويعتبر هذا الميثاق التزاما وتعاقدا أخلاقيا يؤطر العلاقة بين الجماعة ومختلف الفاعلين الترابيين بالتعاون والتضامن، من أجل بناء الثقة بين جميع الفاعلين الترابيين، وتعزيز ثقافة الاستماع والحوار وتدبير الاختلاف، واحترام الأدوار، وتكامل الوظائف والموارد وتفاعلها، وتعبئة الذكاء الجماعي لمعالجة الإشكالات العمومية على مستوى تراب الجماعة.",
                "ويحدد هذا الميثاق إطار عمل ومهام وأدوار الساكنة والجمعيات والمنتخبين، الذين يعتبرون فاعلين رئيسيين في تعزيز الديمقراطية من خلال العمل الجماعي في جو من الثقة المتبادلة من أجل الصالح العام.",
                "إن الديمقراطية التشاركية جزء لا يتجزأ من الديمقراطية المحلية، وهي لا تحل محل الديمقراطية التمثيلية، بل تعززها وتكملها في إطار علاقة تفاعلية وتكاملية بينهما. وبالتالي، فميثاق الديمقراطية التشاركية والمشاركة المواطنة هو إطار يتيح الفرصة لساكنة وزان للعمل مع المسؤولين المنتخبين في صياغة القرار العمومي المحلي، والمساهمة بخبراتهم ومعرفتهم في العملية قبل اتخاذ القرارات، على أن يلتزم المجلس الجماعي بتوفير الوسائل اللازمة لضمان وجود الحوار والتشاور العام وتطويره، في إطار التوجه العام لهذا الميثاق المتعاقد حوله.",
                "هذا الميثاق هو ثمرة عملية تعاون وتشاور عمومي موسع مع الجهات الفاعلة في الديمقراطية التشاركية، من مواطنات ومواطنين ومنتخبين وجمعيات مدنية، استمرت من نوفمبر 2024 إلى ديسمبر 2024.",
            ],
            "paragraphs_fr": [
                "Depuis 2018, la commune d'Ouezzane s'est engagée dans la démocratie participative et la participation citoyenne en créant l'Instance de l'équité, de l'égalité des chances et de l'approche genre, ainsi que le Conseil de l'enfant, en organisant une concertation sur le programme d'action de la commune et en recevant la pétition d'une association.",
                "Cette démarche s'est renforcée et élargie à partir de 2022 avec la création de plusieurs instances consultatives et de concertation : l'instance de l'accessibilité et des droits des personnes en situation de handicap, le conseil du sport, le conseil des jeunes et le conseil des quartiers résidentiels, ainsi que le bureau du citoyen. La commune a également reçu de nombreuses pétitions, de citoyennes et de citoyens comme d'associations, et un programme d'action a été élaboré selon une approche participative.",
                "Aujourd'hui, dans le prolongement de cette démarche qui vise à associer réellement et efficacement toutes les citoyennes, tous les citoyens et les associations à la gestion des affaires publiques territoriales, la charte de la démocratie participative et de la participation citoyenne a été préparée et rédigée par voie de consultation publique, nouvelle étape dans la concrétisation de l'engagement en faveur de la démocratie participative.",
                "La charte est un engagement et un contrat moral qui encadre, dans la coopération et la solidarité, la relation entre la commune et les différents acteurs territoriaux : bâtir la confiance entre tous ces acteurs, renforcer la culture de l'écoute, du dialogue et de la gestion des différences, respecter les rôles, rendre complémentaires et interactives les fonctions et les ressources, et mobiliser l'intelligence collective pour traiter les problèmes publics sur le territoire de la commune.",
                "Elle définit le cadre d'action, les missions et les rôles des habitants, des associations et des élus, acteurs clés du renforcement de la démocratie par une action collective menée dans un climat de confiance mutuelle, au service de l'intérêt général.",
                "La démocratie participative fait partie intégrante de la démocratie locale : elle ne remplace pas la démocratie représentative, elle la renforce et la complète dans une relation interactive et complémentaire. La charte donne ainsi aux habitants d'Ouezzane l'occasion de travailler avec les élus à l'élaboration de la décision publique locale et d'y apporter leur expertise et leurs connaissances avant que les décisions ne soient prises, le conseil communal s'engageant à fournir les moyens nécessaires pour garantir et développer le dialogue et la concertation publique, dans l'orientation générale de cette charte.",
                "Cette charte est le fruit d'un large processus de coopération et de consultation publique avec les acteurs de la démocratie participative — citoyennes et citoyens, élus et associations — qui s'est déroulé de novembre à décembre 2024.",
            ],
        },
        {
            "heading_ar": "المرتكزات",
            "heading_fr": "Fondements",
            "paragraphs_ar": [
                "يرتكز هذا الميثاق على المبادئ الدستورية والقانونية المنصوص عليها في دستور المملكة المغربية لعام 2011، والقوانين التنظيمية ذات الصلة، التي تعزز دور المواطن في المشاركة الفعالة في الشأن المحلي.",
                "وتشمل المرتكزات أيضا المبادئ التي تنص عليها المواثيق والمعاهدات الدولية ذات الصلة بحقوق الإنسان والديمقراطية.",
            ],
            "paragraphs_fr": [
                "La charte repose sur les principes constitutionnels et juridiques inscrits dans la Constitution du Royaume du Maroc de 2011 et dans les lois organiques correspondantes, qui renforcent le rôle du citoyen dans la participation effective aux affaires locales.",
                "Elle s'appuie également sur les principes énoncés par les chartes et traités internationaux relatifs aux droits de l'Homme et à la démocratie.",
            ],
        },
        {
            "heading_ar": "المبادئ",
            "heading_fr": "Principes",
            "paragraphs_ar": [
                "يستمد هذا الميثاق مضمونه من أربعة مبادئ أساسية:",
                "الشفافية: تعزيز الشفافية في جميع مراحل اتخاذ القرار العمومي، بما في ذلك توفير المعلومات الكاملة والدقيقة للمواطنين حول السياسات والإجراءات والموارد المالية.",
                "المشاركة: إشراك المواطنات والمواطنين في عملية اتخاذ القرار من خلال آليات تشاركية فعالة.",
                "المساءلة: تعزيز المساءلة من خلال توفير آليات لتقييم الأداء وضمان أن المسؤولين يتخذون قرارات بناء على المصلحة العامة.",
                "التعاون: تعزيز التعاون بين المواطنين والجماعة الترابية لتحقيق أهداف مشتركة وتنفيذ مشاريع تنموية مستدامة.",
            ],
            "paragraphs_fr": [
                "La charte tire son contenu de quatre principes fondamentaux :",
                "Transparence : renforcer la transparence à toutes les étapes de la décision publique, notamment en fournissant aux citoyens une information complète et exacte sur les politiques, les procédures et les ressources financières.",
                "Participation : associer les citoyennes et les citoyens à la prise de décision au moyen de mécanismes participatifs efficaces.",
                "Redevabilité : renforcer la reddition des comptes en instaurant des mécanismes d'évaluation des performances et en veillant à ce que les responsables décident en fonction de l'intérêt général.",
                "Coopération : renforcer la coopération entre les citoyens et la commune pour atteindre des objectifs communs et réaliser des projets de développement durable.",
            ],
        },
        {
            "heading_ar": "القيم",
            "heading_fr": "Valeurs",
            "paragraphs_ar": [
                "لكل فرد مكانه في الديمقراطية التشاركية لبناء مستقبل المدينة معا.",
                "تفعيل الديمقراطية المحلية وضمان ديمومتها من خلال الربط بين الديمقراطية التمثيلية والمشاركة المواطنة.",
                "الالتزام بإرادة البناء مع مراعاة احترام كل فرد والمصلحة العامة الجماعية.",
            ],
            "paragraphs_fr": [
                "Chacun a sa place dans la démocratie participative pour construire ensemble l'avenir de la ville.",
                "Faire vivre la démocratie locale et en assurer la pérennité en reliant démocratie représentative et participation citoyenne.",
                "S'engager dans une volonté constructive, dans le respect de chacun et de l'intérêt général collectif.",
            ],
        },
        {
            "heading_ar": "الغايات",
            "heading_fr": "Finalités",
            "paragraphs_ar": [
                "تعزيز الشفافية والمساءلة: ضمان وضوح العمليات وفتح قنوات التواصل بين الجماعة والمواطنات والمواطنين، بحيث تكون جميع القرارات والإجراءات معلنة للجميع، مع توفير أدوات لمساءلة المسؤولين عن أفعالهم.",
                "تعزيز التعاون: خلق بيئة تعاونية تجمع بين المواطنات والمواطنين والجماعة الترابية، تعمل على تحقيق الأهداف المشتركة من خلال المشاركة الفعالة في اتخاذ القرارات وتنفيذ السياسات.",
                "تحقيق التنمية المستدامة: وضع استراتيجيات وسياسات تركز على تلبية احتياجات الحاضر والمستقبل بشكل متوازن، مع الأخذ بعين الاعتبار الأبعاد الاقتصادية والاجتماعية والبيئية للتنمية ومقاربة النوع.",
                "زيادة الثقة المتبادلة: بناء الثقة بين المواطنين والجماعة الترابية وتعزيزها من خلال الالتزام بالشفافية والمساءلة، والعمل المشترك لتحقيق مصلحة الجميع، بما يعزز الثقة في العملية الديمقراطية المحلية.",
            ],
            "paragraphs_fr": [
                "Renforcer la transparence et la redevabilité : garantir la clarté des processus et ouvrir des canaux de communication entre la commune et les citoyennes et citoyens, afin que toutes les décisions et procédures soient rendues publiques, avec des outils permettant de demander des comptes aux responsables.",
                "Renforcer la coopération : créer un environnement de coopération entre les citoyennes, les citoyens et la commune, tourné vers des objectifs communs grâce à une participation effective à la prise de décision et à la mise en œuvre des politiques.",
                "Réaliser le développement durable : adopter des stratégies et des politiques qui répondent de manière équilibrée aux besoins présents et futurs, en tenant compte des dimensions économique, sociale et environnementale du développement et de l'approche genre.",
                "Accroître la confiance mutuelle : bâtir et renforcer la confiance entre les citoyens et la commune par l'engagement en faveur de la transparence et de la redevabilité et par l'action commune dans l'intérêt de tous, afin de consolider la confiance dans le processus démocratique local.",
            ],
        },
        {
            "heading_ar": "الأهداف العامة",
            "heading_fr": "Objectifs généraux",
            "paragraphs_ar": [
                "يهدف مشروع ميثاق الديمقراطية التشاركية والمشاركة المواطنة بجماعة وزان إلى:",
                "إرساء أسس راسخة لمشاركة فعالة ومستدامة للمواطنات والمواطنين في صنع القرار المحلي، وتمكينهم من لعب دور محوري في تحديد الأولويات، ورسم السياسات، وتقييم الأداء، مما يعزز الشفافية والمساءلة والثقة المتبادلة بينهم وبين الجماعة.",
                "توفير بيئة تعاونية وشاملة تتيح للجميع المساهمة في تحقيق تنمية متوازنة وشاملة.",
                "دعم الابتكار في آليات المشاركة، وضمان تحقيق العدالة الاجتماعية من خلال توزيع الموارد بشكل عادل ومنصف، وتشجيع الحوار المفتوح والبناء بين مختلف الفاعلين المحليين.",
                "وبناء على ذلك، فإن الهدف العام هو خلق مجتمع محلي قوي ومترابط، يتمتع فيه المواطنون بفرصة حقيقية للتأثير في القرارات التي تمس حياتهم اليومية، مما يؤدي إلى تحقيق تنمية مستدامة تلبي احتياجات الجميع وتطلعاتهم.",
            ],
            "paragraphs_fr": [
                "Le projet de charte de la démocratie participative et de la participation citoyenne de la commune d'Ouezzane vise à :",
                "poser des bases solides pour une participation effective et durable des citoyennes et des citoyens à la décision locale, et leur permettre de jouer un rôle central dans la définition des priorités, l'élaboration des politiques et l'évaluation des performances, au bénéfice de la transparence, de la redevabilité et de la confiance mutuelle avec la commune ;",
                "offrir un environnement coopératif et inclusif permettant à chacun de contribuer à un développement équilibré et inclusif ;",
                "soutenir l'innovation dans les mécanismes de participation, garantir la justice sociale par une répartition juste et équitable des ressources et encourager un dialogue ouvert et constructif entre les différents acteurs locaux.",
                "L'objectif général est donc de bâtir une communauté locale forte et solidaire, où les citoyens ont une réelle possibilité d'influer sur les décisions qui touchent leur vie quotidienne, pour un développement durable qui réponde aux besoins et aux aspirations de tous.",
            ],
        },
        {
            "heading_ar": "الأهداف الخاصة",
            "heading_fr": "Objectifs spécifiques",
            "paragraphs_ar": [
                "لضمان تحقيق هذه الغايات والهدف العام بكفاءة، ينبغي تفعيل الديمقراطية التشاركية والمشاركة المواطنة وفق خطوات إجرائية محددة تهدف إلى تحقيق مجموعة من الأهداف الخاصة، منها:",
                "تعزيز الابتكار: تطوير أساليب المشاركة ومنهجياتها لضمان فعالية العملية التشاركية وشموليتها، وتمكين المواطنات والمواطنين من التعبير عن آرائهم ومقترحاتهم والمساهمة في صياغة السياسات المحلية.",
                "تعزيز الشفافية: جعل المعلومة متاحة أمام المواطنات والمواطنين في التدبير والتمويل العمومي.",
                "إعمال قيم المساءلة وربط المسؤولية بالمحاسبة.",
                "بناء قدرات الفاعلين المحليين، من منتخبين ومجتمع مدني ومواطنين، لتعزيز مهاراتهم في مجال الديمقراطية التشاركية.",
                "العمل على تقوية أسس التزام مختلف الأطراف بمبادئ الحكامة.",
                "تشجيع التعاون والتواصل بين مختلف الأطراف المعنية لتعزيز الشراكة والتفاهم المتبادل.",
                "تحقيق العدالة والشمولية في توزيع الفرص والموارد لضمان مشاركة جميع فئات المجتمع في التنمية.",
            ],
            "paragraphs_fr": [
                "Pour atteindre efficacement ces finalités et l'objectif général, la démocratie participative et la participation citoyenne doivent être mises en œuvre selon des étapes précises, au service d'objectifs spécifiques, notamment :",
                "Innover : développer les méthodes et approches de participation pour garantir l'efficacité et l'inclusivité du processus participatif, et permettre aux citoyennes et citoyens d'exprimer leurs avis et propositions et de contribuer à l'élaboration des politiques locales.",
                "Renforcer la transparence : rendre l'information sur la gestion et le financement publics accessible aux citoyennes et aux citoyens.",
                "Mettre en œuvre les valeurs de redevabilité et lier la responsabilité à la reddition des comptes.",
                "Renforcer les capacités des acteurs locaux — élus, société civile et citoyens — en matière de démocratie participative.",
                "Consolider l'engagement des différentes parties envers les principes de bonne gouvernance.",
                "Encourager la coopération et la communication entre les parties concernées pour renforcer le partenariat et la compréhension mutuelle.",
                "Assurer l'équité et l'inclusion dans la répartition des chances et des ressources, afin que toutes les catégories de la société participent au développement.",
            ],
        },
        {
            "heading_ar": "المشاركة المواطنة ومجالات تدخلها",
            "heading_fr": "La participation citoyenne et ses domaines",
            "paragraphs_ar": [
                "تغطي الديمقراطية التشاركية والمشاركة المواطنة مجموعة واسعة من المجالات التي تمكن المواطنات والمواطنين من الانخراط الفعال في الشؤون المحلية، وتشمل هذه المجالات:",
                "تحديد أولويات الإنفاق العام: من خلال تنظيم اللقاءات التشاورية لتحديد أولويات الإنفاق العام، سواء عند تنزيل برنامج عمل الجماعة أو عند تحيينه، أو عند تحديد الميزانيات العامة للجماعة، وذلك بهدف ضمان توجيه الموارد المالية نحو المشاريع والخدمات التي تلبي احتياجات المجتمع بشكل أفضل.",
                "تطوير السياسات العامة: من خلال إشراك المواطنين في صياغة السياسات عبر الحوارات المجتمعية وجلسات الاستماع وكافة الصيغ التشاركية الممكنة، وذلك بهدف تعزيز الشعور بالمشاركة والمسؤولية المشتركة في صنع القرار والسياسات التي تؤثر على الجميع.",
                "مراقبة الأداء: من خلال تنظيم لقاءات لتقييم تنفيذ المشاريع والتزامها بالخطط الموضوعة وتقييم أداء الجماعة، ونشر التقارير للعموم، بهدف ضمان تنفيذ المشاريع والخدمات بكفاءة وفعالية، مع مراعاة الشفافية والمساءلة.",
            ],
            "paragraphs_fr": [
                "La démocratie participative et la participation citoyenne couvrent de nombreux domaines qui permettent aux citoyennes et citoyens de s'impliquer effectivement dans les affaires locales, notamment :",
                "Les priorités de la dépense publique : des rencontres de concertation pour définir ces priorités, lors de la mise en œuvre ou de l'actualisation du programme d'action de la commune ou lors de l'établissement de ses budgets, afin d'orienter les ressources financières vers les projets et services qui répondent le mieux aux besoins de la population.",
                "L'élaboration des politiques publiques : associer les citoyens à la formulation des politiques par des dialogues communautaires, des séances d'écoute et toutes les formes participatives possibles, afin de renforcer le sentiment de participation et de responsabilité partagée dans les décisions qui concernent tous.",
                "Le suivi des performances : des rencontres pour évaluer la réalisation des projets et leur conformité aux plans établis ainsi que la performance de la commune, et la publication des rapports, afin que projets et services soient réalisés avec efficacité, dans la transparence et la redevabilité.",
            ],
        },
        {
            "heading_ar": "آليات مشاركة الفاعل المدني في مسار اتخاذ القرار العمومي",
            "heading_fr": "Mécanismes de participation de l'acteur civil à la décision publique",
            "paragraphs_ar": [
                "تتجسد الديمقراطية التشاركية والمشاركة المواطنة من خلال أربع آليات أساسية تضمن الفعالية والشمولية في العملية التشاركية، وهي:",
                "الترافع المدني: من خلال تقديم العرائض المنظمة التي تستوفي الشروط والمساطر القانونية، لإيصال مطالب المواطنين والمجتمع المدني إلى الجهات المعنية. وتساهم هذه الآلية في إغناء المسار التشاركي للقرار العمومي وتحسين تفاعله مع تطلعات المجتمع، مما يعزز الديمقراطية التشاركية.",
                "العضوية في الهيئات الاستشارية والتشاورية: تمكين المجتمع المدني من المشاركة الفعالة في الهيئات الاستشارية والتشاورية المختلفة. وتساهم هذه الآلية في إشراك المجتمع المدني في جميع مراحل صنع القرار، من الإعداد إلى التنفيذ والتقييم، مما يعزز الشفافية والمشاركة المجتمعية.",
                "الابتكار والإبداع: من خلال فتح قنوات للتعاون مع الفاعلين المدنيين لاقتراح حلول مبتكرة وممارسات جديدة تسهم في تحسين تنفيذ السياسات العمومية. ويساهم هذا النهج في تطوير السياسات المحلية وزيادة فعاليتها وتأثيرها الإيجابي على المجتمع.",
                "المساءلة الاجتماعية: من خلال تطبيق منهجية شاملة للمساءلة الاجتماعية تقوم على مبادئ الشفافية وربط المسؤولية بالمحاسبة، كتنظيم جلسات استماع عامة، وإجراء لقاءات دورية حول نتائج تنفيذ البرامج والمشاريع التنموية، ونشر تقارير الأداء، وإجراء استطلاعات واستبيانات الرأي، وتفعيل منصات الشكايات الإلكترونية، إلخ. وتساهم هذه الآلية في تعزيز الشفافية وتشجيع المشاركة وتحفيز الجماعة على تحسين أدائها لتلبية توقعات المواطنات والمواطنين.",
            ],
            "paragraphs_fr": [
                "La démocratie participative et la participation citoyenne s'incarnent dans quatre mécanismes essentiels, gages d'efficacité et d'inclusion du processus participatif :",
                "Le plaidoyer civil : le dépôt de pétitions organisées, remplissant les conditions et procédures légales, pour porter les demandes des citoyens et de la société civile auprès des instances concernées. Ce mécanisme enrichit le processus participatif de la décision publique et améliore sa prise en compte des attentes de la société.",
                "La participation aux instances consultatives et de concertation : permettre à la société civile de participer effectivement aux différentes instances, et donc à toutes les étapes de la décision, de la préparation à la mise en œuvre et à l'évaluation, au bénéfice de la transparence et de la participation.",
                "L'innovation et la créativité : ouvrir des canaux de coopération avec les acteurs civils pour proposer des solutions innovantes et de nouvelles pratiques qui améliorent la mise en œuvre des politiques publiques, leur efficacité et leur impact positif sur la société.",
                "La redevabilité sociale : une démarche globale fondée sur la transparence et le lien entre responsabilité et reddition des comptes — séances d'écoute publiques, rencontres périodiques sur les résultats des programmes et projets de développement, publication de rapports de performance, sondages et questionnaires, plateformes électroniques de réclamations, etc. — qui renforce la transparence, encourage la participation et incite la commune à améliorer sa performance pour répondre aux attentes des citoyennes et des citoyens.",
            ],
        },
        {
            "heading_ar": "أشكال المشاركة المواطنة",
            "heading_fr": "Formes de la participation citoyenne",
            "paragraphs_ar": [
                "يقر الميثاق أربعة أشكال للمشاركة المواطنة في مسار صياغة القرارات والسياسات العمومية واتخاذها:",
                "الإخبار: توفير المعلومات والبيانات اللازمة للمواطنين.",
                "الاستشارة: جمع آراء المواطنين ومقترحاتهم عبر استبيانات وجلسات استماع.",
                "الحوار والتشاور: تنظيم مناقشات مفتوحة حول السياسات والمشاريع.",
                "الشراكة والقرار المشترك: إشراك المواطنين بشكل كامل في اتخاذ القرارات وتنفيذ المشاريع.",
            ],
            "paragraphs_fr": [
                "La charte reconnaît quatre formes de participation citoyenne à l'élaboration et à l'adoption des décisions et politiques publiques :",
                "L'information : mettre à la disposition des citoyens les informations et données nécessaires.",
                "La consultation : recueillir les avis et propositions des citoyens par des questionnaires et des séances d'écoute.",
                "Le dialogue et la concertation : organiser des débats ouverts sur les politiques et les projets.",
                "Le partenariat et la co-décision : associer pleinement les citoyens à la prise de décision et à la réalisation des projets.",
            ],
        },
        {
            "heading_ar": "مستويات مشاركة الفاعل المدني في مسار اتخاذ القرار العمومي",
            "heading_fr": "Niveaux de participation de l'acteur civil à la décision publique",
            "paragraphs_ar": [
                "المستوى الاستشاري: تقديم المشورة والاقتراحات.",
                "المستوى التنفيذي: المشاركة في تنفيذ المشاريع والبرامج.",
                "المستوى الرقابي: مراقبة أداء الإدارة المحلية وتقييمه.",
            ],
            "paragraphs_fr": [
                "Niveau consultatif : donner des avis et formuler des propositions.",
                "Niveau opérationnel : participer à la réalisation des projets et des programmes.",
                "Niveau de contrôle : suivre et évaluer la performance de l'administration locale.",
            ],
        },
        {
            "heading_ar": "مراحل مسار اتخاذ القرار العمومي",
            "heading_fr": "Étapes de la décision publique",
            "paragraphs_ar": [
                "يمر مسار اتخاذ القرار العمومي عبر سبع مراحل رئيسية، تتضمن كل منها دورا محوريا للمجتمع المدني في تعزيز الشفافية والمشاركة الفعالة، وتشمل هذه المراحل ما يلي:",
                "مرحلة التهييء لصياغة برنامج العمل: تحضير وتصميم البرامج والخطط التي ستنظم العمل وتحدد الأهداف المرجوة.",
                "مرحلة الاستشارة العمومية: إشراك المواطنات والمواطنين والمجتمع المدني في مناقشة الخطط والبرامج المقترحة، وجمع آرائهم واقتراحاتهم.",
                "مرحلة صياغة السياسة العمومية: تحديد السياسات والقرارات وصياغتها بناء على نتائج الاستشارات والمناقشات العامة.",
                "مرحلة التنفيذ: تنفيذ البرامج والسياسات المعتمدة، والتأكد من متابعة الإجراءات والخطوات اللازمة لتحقيق الأهداف.",
                "مرحلة التتبع: مراقبة سير التنفيذ وضمان التزام الجماعة الترابية بالخطط الزمنية والمالية.",
                "مرحلة التقييم: تقييم مدى نجاح البرامج والسياسات، وقياس أثرها على الساكنة وفقا لمؤشرات محددة.",
                "مرحلة إعادة الصياغة: تعديل السياسات والبرامج وتحسينها بناء على نتائج التقييم والملاحظات الواردة، لضمان الاستمرارية والتحسين المستمر.",
                "تضمن هذه المراحل التفاعل المستمر بين المواطنات والمواطنين والجماعة الترابية، مما يعزز جودة القرارات العمومية وفعاليتها، ويحقق التنمية المستدامة والشاملة للجميع.",
            ],
            "paragraphs_fr": [
                "La décision publique passe par sept étapes principales, dans chacune desquelles la société civile joue un rôle central pour renforcer la transparence et la participation effective :",
                "Préparation du programme d'action : concevoir les programmes et plans qui organiseront l'action et fixeront les objectifs visés.",
                "Consultation publique : associer les citoyennes, les citoyens et la société civile à la discussion des plans et programmes proposés et recueillir leurs avis et propositions.",
                "Formulation de la politique publique : définir et rédiger les politiques et décisions à partir des résultats des consultations et des débats publics.",
                "Mise en œuvre : exécuter les programmes et politiques adoptés et s'assurer du suivi des mesures et étapes nécessaires pour atteindre les objectifs.",
                "Suivi : contrôler le déroulement de l'exécution et veiller au respect par la commune des calendriers et des plans financiers.",
                "Évaluation : mesurer la réussite des programmes et politiques et leur impact sur la population à l'aide d'indicateurs définis.",
                "Reformulation : modifier et améliorer les politiques et programmes en fonction des résultats de l'évaluation et des observations reçues, pour assurer la continuité et l'amélioration continue.",
                "Ces étapes garantissent une interaction permanente entre les citoyennes, les citoyens et la commune, au bénéfice de la qualité et de l'efficacité des décisions publiques et d'un développement durable et inclusif pour tous.",
            ],
        },
        {
            "heading_ar": "الفاعلون المعنيون بالديمقراطية التشاركية والمشاركة المواطنة",
            "heading_fr": "Les acteurs de la démocratie participative et de la participation citoyenne",
            "paragraphs_ar": [
                "تعتمد الديمقراطية التشاركية والمشاركة المواطنة على تعاون مجموعة واسعة من الفاعلين لتحقيق أهدافها، ومن بينهم:",
                "المواطنات والمواطنون: يمثلون صوت المجتمع، حيث يشاركون بشكل فعال في صنع القرار من خلال تقديم الآراء والمقترحات، والمشاركة في الاجتماعات واللجان والهيئات الاستشارية والتشاورية والجمعيات المدنية، مما يؤثر بشكل مباشر في السياسات المحلية.",
                "الهيئات الاستشارية والتشاورية: تقدم المشورة للجهات الحكومية وتساعد في صياغة السياسات من خلال تحليل البيانات وجمع المعلومات، مما يجعلها جسرا بين المواطنين والإدارة ويسهم في تقديم رؤى مدروسة لتحسين القرارات والسياسات.",
                "الجماعة الترابية: تعد الجهة الرئيسية التي تنسق عمليات المشاركة وتديرها، وتصوغ السياسات والبرامج وتنفذها بما يتماشى مع احتياجات المواطنات والمواطنين وتطلعاتهم، مع ضمان تنفيذ القرارات بشكل يتفق مع المصالح العامة.",
                "الجمعيات المدنية: تترافع عن قضايا الساكنة وتقدم الدعم الاستشاري، وتنخرط في الآليات الاستشارية والتشاورية، وتنظم فعاليات توعوية، وتراقب تنفيذ السياسات، مما يسهم في تعزيز المشاركة المجتمعية والمساءلة من خلال تمثيل جزء كبير من المجتمع المدني.",
                "وسائل الإعلام: تنشر المعلومات وتزيد الوعي بأهمية المشاركة المواطنة، وتسلط الضوء على قضايا المجتمع، مما يعزز الشفافية ويسهم في زيادة وعي الجمهور بأدواره وحقوقه.",
                "القطاع الخاص: يتعاون مع الجماعة والمجتمع المدني لتنفيذ مشاريع التنمية، مما يوفر الموارد والخبرات اللازمة ويسهم في تحقيق التنمية الاقتصادية.",
                "المصالح الخارجية والمؤسسات العمومية: تتعاون مع الجماعة الترابية في تنفيذ السياسات والبرامج العامة، وتساهم في تقديم الدعم الفني والإداري والمالي، مما يعزز كفاءة تنفيذ السياسات المحلية ويساعد في تحقيق التنمية الشاملة وتقديم الخدمات الأساسية للساكنة.",
                "الجهات المانحة والمؤسسات الدولية: تقدم الدعم المالي والفني وتعزز تبادل الخبرات والمعارف، مما يدعم تحقيق أهداف التنمية المستدامة ويعزز القدرات المحلية لتنفيذ المشاريع بفعالية.",
                "إن تضافر جهود جميع هؤلاء الفاعلين يسهم في بناء مجتمع ديمقراطي يشمل الجميع، ويعزز الشفافية والمساءلة، ويضمن تحقيق التنمية المستدامة التي تلبي احتياجات المواطنات والمواطنين وتطلعاتهم.",
            ],
            "paragraphs_fr": [
                "La démocratie participative et la participation citoyenne reposent sur la coopération d'un large éventail d'acteurs, parmi lesquels :",
                "Les citoyennes et les citoyens : voix de la société, ils participent activement à la décision en formulant avis et propositions et en prenant part aux réunions, commissions, instances consultatives et de concertation et associations, ce qui influe directement sur les politiques locales.",
                "Les instances consultatives et de concertation : elles conseillent les autorités et contribuent à l'élaboration des politiques par l'analyse de données et la collecte d'informations ; elles font le lien entre citoyens et administration et proposent des analyses réfléchies pour améliorer décisions et politiques.",
                "La commune : acteur principal, elle coordonne et gère les processus de participation, élabore et met en œuvre les politiques et programmes en phase avec les besoins et aspirations des citoyennes et citoyens, et veille à ce que les décisions servent l'intérêt général.",
                "Les associations : elles plaident pour les causes des habitants, apportent un appui consultatif, s'impliquent dans les mécanismes consultatifs et de concertation, organisent des actions de sensibilisation et suivent la mise en œuvre des politiques, renforçant ainsi la participation et la redevabilité en représentant une large part de la société civile.",
                "Les médias : ils diffusent l'information, sensibilisent à l'importance de la participation citoyenne et éclairent les questions de société, au bénéfice de la transparence et de la connaissance par le public de ses rôles et de ses droits.",
                "Le secteur privé : il coopère avec la commune et la société civile à la réalisation de projets de développement, apportant ressources et expertise et contribuant au développement économique.",
                "Les services déconcentrés et les établissements publics : ils coopèrent avec la commune à la mise en œuvre des politiques et programmes publics et apportent un appui technique, administratif et financier, pour une mise en œuvre plus efficace des politiques locales, un développement inclusif et la fourniture des services de base à la population.",
                "Les bailleurs de fonds et les organisations internationales : ils apportent un appui financier et technique et favorisent l'échange d'expériences et de savoirs, au service des objectifs de développement durable et du renforcement des capacités locales.",
                "La conjugaison des efforts de tous ces acteurs contribue à bâtir une société démocratique et inclusive, renforce la transparence et la redevabilité et garantit un développement durable répondant aux besoins et aux aspirations des citoyennes et des citoyens.",
            ],
        },
        {
            "heading_ar": "أدوار الفاعلين الترابيين والتزاماتهم: دور المواطنات والمواطنين والتزاماتهم",
            "heading_fr": "Rôles et engagements des acteurs territoriaux : les citoyennes et les citoyens",
            "paragraphs_ar": [
                "المشاركة في صنع القرار — الدور: تقديم آراء واقتراحات حول القضايا المحلية من خلال الاجتماعات العامة والاستشارات والمنصات الإلكترونية والعرائض. الالتزام: التفاعل الإيجابي والمشاركة الفعالة في العمليات التشاورية، والالتزام بالشفافية والموضوعية في تقديم الآراء، والانخراط الفعال في الجمعيات المدنية والهيئات الاستشارية والتشاورية.",
                "المراقبة والتقييم — الدور: متابعة تنفيذ المشاريع والسياسات العامة وتقييمه لضمان تحقيق الأهداف المرجوة. الالتزام: تقديم تقارير وملاحظات بناءة للمساهمة في تحسين الأداء عبر كافة الوسائل المتاحة: الموقع الإلكتروني للجماعة، ومكتب المواطن، وغيرهما.",
                "المساءلة — الدور: المشاركة في جلسات المساءلة ومتابعة أداء المسؤولين المحليين، والمطالبة بالشفافية والوضوح في الإجراءات والقرارات. الالتزام: احترام قواعد الحوار البناء وعدم نشر المعلومات المغلوطة.",
                "التوعية والتثقيف — الدور: نشر الوعي بالحقوق والواجبات، وتشجيع الآخرين على المشاركة الفعالة في الشأن العام المحلي. الالتزام: تقديم معلومات دقيقة وموثوقة، والمساهمة في بناء وعي مجتمعي مستنير.",
            ],
            "paragraphs_fr": [
                "Participation à la décision — Rôle : formuler des avis et propositions sur les questions locales lors des réunions publiques et des consultations, sur les plateformes électroniques et par les pétitions. Engagement : interagir positivement et participer activement aux processus de concertation, faire preuve de transparence et d'objectivité dans ses avis, s'impliquer dans les associations et les instances consultatives et de concertation.",
                "Suivi et évaluation — Rôle : suivre et évaluer la réalisation des projets et des politiques publiques pour s'assurer que les objectifs sont atteints. Engagement : transmettre des rapports et observations constructifs pour améliorer la performance, par tous les moyens disponibles : site web de la commune, bureau du citoyen, etc.",
                "Redevabilité — Rôle : participer aux séances de reddition des comptes, suivre l'action des responsables locaux et demander transparence et clarté dans les procédures et décisions. Engagement : respecter les règles d'un dialogue constructif et ne pas diffuser d'informations erronées.",
                "Sensibilisation et éducation — Rôle : faire connaître les droits et devoirs de chacun et encourager les autres à participer activement aux affaires publiques locales. Engagement : fournir des informations exactes et fiables et contribuer à une conscience collective éclairée.",
            ],
        },
        {
            "heading_ar": "أدوار الفاعلين الترابيين والتزاماتهم: دور الجمعيات المدنية والتزاماتها",
            "heading_fr": "Rôles et engagements des acteurs territoriaux : les associations",
            "paragraphs_ar": [
                "المشاركة في صنع القرار — الدور: تقديم آراء واقتراحات حول القضايا المحلية من خلال الاجتماعات العامة والاستشارات والمنصات الإلكترونية والعرائض. الالتزام: التفاعل الإيجابي والمشاركة الفعالة في العمليات التشاورية، والالتزام بالشفافية والموضوعية في تقديم الآراء، والانخراط الفعال في الهيئات الاستشارية والتشاورية، وتفعيل مبادئ الحكامة في التدبير الجمعوي.",
                "التوعية والمشاركة — الدور: نشر الوعي بأهمية المشاركة الفعالة، والمشاركة في الأنشطة التشاورية لتعزيز دور المواطنين في اتخاذ القرار. الالتزام: تنظيم حملات وورشات عمل بانتظام لتوعية المواطنين.",
                "التواصل المستمر — الدور: الحفاظ على تواصل دائم مع الجماعة الترابية لضمان التنسيق المستمر وتبادل المعلومات. الالتزام: توفير قنوات اتصال واضحة ومفتوحة لجميع الأطراف.",
                "التنظيم والتوعية — الدور: تنظيم الفعاليات وورشات العمل لتوعية المواطنين بقضاياهم المحلية وبأهمية المشاركة المجتمعية. الالتزام: ضمان جودة المحتوى المقدم في هذه الفعاليات.",
                "التنسيق والتشبيك — الدور: إنشاء شبكات تعاون بين مختلف الفاعلين المحليين، والتنسيق مع الجماعة وباقي الفاعلين الترابيين لتنفيذ المشاريع. الالتزام: تعزيز التعاون بين الجهات المختلفة وتبادل الخبرات.",
                "التقييم — الدور: المشاركة في تقييم أداء المشاريع وتقديم الملاحظات البناءة لتحسين الأداء وضمان الشفافية. الالتزام: إجراء تقييمات موضوعية ومستقلة وتقديم توصيات قابلة للتنفيذ.",
                "المراقبة والرصد — الدور: مراقبة تنفيذ السياسات والبرامج العامة وتقديم تقارير تقييمية للمساهمة في تحسين الأداء وتحقيق الشفافية. الالتزام: الالتزام بالشفافية والدقة في جمع البيانات وتحليلها.",
            ],
            "paragraphs_fr": [
                "Participation à la décision — Rôle : formuler des avis et propositions sur les questions locales lors des réunions publiques et des consultations, sur les plateformes électroniques et par les pétitions. Engagement : interagir positivement et participer activement aux concertations, faire preuve de transparence et d'objectivité, s'impliquer dans les instances consultatives et de concertation et appliquer les principes de bonne gouvernance dans la gestion associative.",
                "Sensibilisation et participation — Rôle : faire connaître l'importance d'une participation effective et prendre part aux activités de concertation pour renforcer le rôle des citoyens dans la décision. Engagement : organiser régulièrement des campagnes et des ateliers de sensibilisation.",
                "Communication permanente — Rôle : maintenir un contact permanent avec la commune pour assurer la coordination et l'échange d'informations. Engagement : offrir des canaux de communication clairs et ouverts à toutes les parties.",
                "Organisation et sensibilisation — Rôle : organiser des événements et des ateliers pour sensibiliser les citoyens à leurs questions locales et à l'importance de la participation. Engagement : garantir la qualité du contenu de ces activités.",
                "Coordination et mise en réseau — Rôle : créer des réseaux de coopération entre acteurs locaux et se coordonner avec la commune et les autres acteurs territoriaux pour réaliser les projets. Engagement : renforcer la coopération entre les différentes parties et l'échange d'expériences.",
                "Évaluation — Rôle : participer à l'évaluation des projets et formuler des observations constructives pour améliorer la performance et garantir la transparence. Engagement : mener des évaluations objectives et indépendantes et émettre des recommandations réalisables.",
                "Veille et suivi — Rôle : suivre la mise en œuvre des politiques et programmes publics et produire des rapports d'évaluation pour améliorer la performance et la transparence. Engagement : faire preuve de transparence et de rigueur dans la collecte et l'analyse des données.",
            ],
        },
        {
            "heading_ar": "أدوار الفاعلين الترابيين والتزاماتهم: دور الجماعة الترابية والتزاماتها",
            "heading_fr": "Rôles et engagements des acteurs territoriaux : la commune",
            "paragraphs_ar": [
                "توفير المعلومات — الدور: تقديم المعلومات اللازمة للمواطنين لضمان مشاركتهم الفعالة والمستنيرة في عملية صنع القرار. الالتزام: نشر المعلومات بشكل دوري ومتاح للجميع بطرق يسهل الوصول إليها.",
                "تشجيع المشاركة — الدور: تنظيم لقاءات وورشات عمل لتشجيع المواطنين على المشاركة الفعالة في الشأن العام المحلي. الالتزام: ضمان تنظيم هذه الفعاليات في أوقات وأماكن مناسبة للجميع.",
                "تنسيق المشاركة — الدور: تنظيم عمليات الاستشارة والتشاور مع المواطنين والجمعيات لتحديد الأولويات وصياغة السياسات. الالتزام: اتباع منهجيات شفافة ومنظمة في عمليات التشاور.",
                "التحول التدريجي للتدبير المالي نحو الميزانيات التشاركية — الدور: العمل على تحقيق التحول التدريجي للتدبير المالي للجماعة الترابية نحو الميزانيات التشاركية، من خلال إشراك المواطنات والمواطنين والجمعيات المدنية في صياغة البرمجة المالية السنوية وتتبع تنفيذها ومراقبته. الالتزام: الالتزام بمشاركة المواطنات والمواطنين والجمعيات المدنية في جميع مراحل البرمجة المالية، وضمان شفافية الإجراءات المالية.",
                "رقمنة الخدمات الإدارية — الدور: التحول إلى رقمنة الخدمات الإدارية وإحداث منصات رقمية للتشاور العمومي، بهدف تسهيل الوصول إلى المعلومات وتعزيز المشاركة الفعالة. الالتزام: الالتزام بتطوير منصات رقمية مبتكرة والتحديث المستمر للخدمات الإلكترونية لضمان سهولة الاستخدام والوصول إلى المعلومات.",
                "تنفيذ السياسات — الدور: تطبيق السياسات والمشاريع التي تم اعتمادها بالتشاور مع الساكنة والجمعيات المدنية، وضمان الالتزام بالجداول الزمنية والميزانيات المحددة. الالتزام: المتابعة الدورية لضمان التنفيذ وفقا للمخططات.",
                "الاستجابة للمقترحات — الدور: دراسة مقترحات المواطنين والأخذ بها عند اتخاذ القرارات لتحقيق تطلعاتهم. الالتزام: التعامل بجدية مع جميع المقترحات وتقديم ردود واضحة وشفافة.",
                "المساءلة والشفافية — الدور: تقديم تقارير دورية حول تنفيذ المشاريع والبرامج، والاستجابة لاستفسارات المواطنين والجمعيات وملاحظاتهم. الالتزام: نشر هذه التقارير بشكل منتظم وضمان إتاحتها للجميع.",
                "تعزيز التعاون — الدور: فتح قنوات للتواصل المستمر مع المواطنين والجمعيات، وتشجيع مبادرات التعاون والابتكار لتحقيق التنمية المستدامة. الالتزام: الالتزام بروح التعاون والشراكة مع جميع الأطراف لتحقيق الأهداف المشتركة.",
            ],
            "paragraphs_fr": [
                "Information — Rôle : fournir aux citoyens les informations nécessaires à une participation effective et éclairée à la décision. Engagement : publier régulièrement l'information, sous des formes facilement accessibles à tous.",
                "Encouragement de la participation — Rôle : organiser des rencontres et des ateliers pour encourager les citoyens à participer activement aux affaires publiques locales. Engagement : tenir ces activités à des horaires et dans des lieux adaptés à tous.",
                "Coordination de la participation — Rôle : organiser la consultation et la concertation avec les citoyens et les associations pour définir les priorités et élaborer les politiques. Engagement : suivre des méthodes transparentes et structurées.",
                "Transition progressive vers les budgets participatifs — Rôle : faire évoluer progressivement la gestion financière de la commune vers les budgets participatifs, en associant citoyennes, citoyens et associations à l'élaboration, au suivi et au contrôle de l'exécution de la programmation financière annuelle. Engagement : garantir leur participation à toutes les étapes de la programmation financière et la transparence des procédures financières.",
                "Numérisation des services administratifs — Rôle : numériser les services administratifs et créer des plateformes numériques de consultation publique, pour faciliter l'accès à l'information et renforcer la participation. Engagement : développer des plateformes innovantes et actualiser en continu les services en ligne, pour qu'ils soient simples d'usage et donnent accès à l'information.",
                "Mise en œuvre des politiques — Rôle : appliquer les politiques et projets adoptés en concertation avec les habitants et les associations, dans le respect des calendriers et des budgets fixés. Engagement : assurer un suivi périodique pour une exécution conforme aux plans.",
                "Réponse aux propositions — Rôle : étudier les propositions des citoyens et en tenir compte dans les décisions. Engagement : traiter sérieusement toutes les propositions et y apporter des réponses claires et transparentes.",
                "Redevabilité et transparence — Rôle : présenter des rapports périodiques sur la réalisation des projets et programmes et répondre aux questions et observations des citoyens et des associations. Engagement : publier régulièrement ces rapports et les rendre accessibles à tous.",
                "Renforcement de la coopération — Rôle : ouvrir des canaux de communication permanents avec les citoyens et les associations et encourager les initiatives de coopération et d'innovation pour le développement durable. Engagement : agir dans un esprit de coopération et de partenariat avec toutes les parties pour atteindre les objectifs communs.",
            ],
        },
        {
            "heading_ar": "أدوار الفاعلين الترابيين والتزاماتهم: الأدوار والالتزامات المشتركة",
            "heading_fr": "Rôles et engagements des acteurs territoriaux : rôles et engagements communs",
            "paragraphs_ar": [
                "إدماج مقاربة النوع الاجتماعي — الدور: تعزيز بيئة شاملة تدعم جميع الفئات الاجتماعية، وخاصة الفئات المهمشة كالأشخاص ذوي الإعاقة والنساء والأطفال. الالتزام: اعتماد مقاربات إدماج النوع الاجتماعي والتمييز الإيجابي كمعايير ثابتة لضمان التوازن الاجتماعي وحقوق الجميع.",
                "تعزيز الذكاء الجماعي والتواصل المستمر — الدور: خلق بيئة محفزة على المشاركة والتشاور بين كافة الفاعلين الترابيين. الالتزام: ضمان التواصل المستمر والنقاش الفعال بين الجماعات المحلية والجمعيات والأفراد لتحقيق التفاهم حول القرارات المتخذة.",
                "إعداد خطة عمل لتعزيز المشاركة المواطنة وتعبئة الموارد — الدور: تنظيم مشاركة المواطنين والمواطنات في تنمية المجتمع عبر آليات واضحة. الالتزام: إعداد خطة عمل شاملة تهدف إلى تمكين المواطنين من المشاركة الفعالة، وتعبئة الموارد لتنفيذ الميثاق.",
                "تنمية القدرات المحلية والتحفيز على الابتكار — الدور: بناء قدرات الفاعلين المحليين في استخدام آليات الديمقراطية التشاركية وتطوير الحلول المحلية المبتكرة. الالتزام: تقديم برامج تدريبية لدعم فهم أعمق للديمقراطية التشاركية، وتخصيص موارد لدعم الأفكار المبتكرة التي تحل المشاكل المحلية.",
                "التوعية ونشر الميثاق — الدور: نشر مبادئ الميثاق وأهدافه لضمان وصوله إلى أكبر شريحة من المجتمع. الالتزام: نشر الميثاق عبر المواقع الإلكترونية ووسائل التواصل الاجتماعي والجمعيات، بهدف تعزيز الوعي المجتمعي بمحتوياته.",
                "الشفافية والمساءلة — الدور: بناء ثقة المواطنين في المؤسسات المحلية عبر الشفافية في العمل العام. الالتزام: الالتزام بمبادئ الشفافية والمساءلة، وفتح قنوات لتلقي شكاوى المواطنين واقتراحاتهم والاستجابة لها بفعالية.",
                "تشجيع الشراكات الاستراتيجية المتنوعة — الدور: تقوية التعاون بين القطاع العام والقطاع الخاص والمجتمع المدني من أجل تحقيق التنمية المحلية المستدامة. الالتزام: بناء شراكات استراتيجية تدعم الموارد والمشاريع المجتمعية، وتحفيز القطاع الخاص على المساهمة في التنمية المحلية.",
                "التقييم المستمر وتطوير الآليات — الدور: مراقبة أنشطة الديمقراطية التشاركية ومبادراتها وتقييمها لتحسين الأداء. الالتزام: إجراء تقييمات دورية للأنشطة، وتحديث الآليات بناء على النتائج والتغذية الراجعة من المواطنين لرفع كفاءة العمل المشترك.",
            ],
            "paragraphs_fr": [
                "Intégration de l'approche genre — Rôle : favoriser un environnement inclusif qui soutient toutes les catégories sociales, en particulier les plus marginalisées : personnes en situation de handicap, femmes et enfants. Engagement : faire de l'intégration du genre et de la discrimination positive des critères constants, garants de l'équilibre social et des droits de tous.",
                "Intelligence collective et communication permanente — Rôle : créer un environnement propice à la participation et à la concertation entre tous les acteurs territoriaux. Engagement : assurer une communication continue et un débat effectif entre collectivités, associations et individus pour parvenir à une compréhension partagée des décisions.",
                "Plan d'action pour la participation citoyenne et mobilisation des ressources — Rôle : organiser la participation des citoyennes et citoyens au développement par des mécanismes clairs. Engagement : élaborer un plan d'action global pour permettre une participation effective et mobiliser les ressources nécessaires à la mise en œuvre de la charte.",
                "Capacités locales et innovation — Rôle : renforcer les capacités des acteurs locaux à utiliser les mécanismes de la démocratie participative et à développer des solutions locales innovantes. Engagement : proposer des formations pour mieux comprendre la démocratie participative et consacrer des ressources aux idées innovantes qui résolvent les problèmes locaux.",
                "Sensibilisation et diffusion de la charte — Rôle : diffuser les principes et objectifs de la charte auprès du plus grand nombre. Engagement : publier la charte sur les sites web, les réseaux sociaux et par les associations, pour mieux faire connaître son contenu.",
                "Transparence et redevabilité — Rôle : bâtir la confiance des citoyens dans les institutions locales par la transparence de l'action publique. Engagement : respecter les principes de transparence et de redevabilité et ouvrir des canaux pour recevoir les réclamations et propositions des citoyens et y répondre efficacement.",
                "Partenariats stratégiques diversifiés — Rôle : renforcer la coopération entre secteur public, secteur privé et société civile pour un développement local durable. Engagement : nouer des partenariats stratégiques qui soutiennent les ressources et les projets communautaires et inciter le secteur privé à contribuer au développement local.",
                "Évaluation continue et amélioration des mécanismes — Rôle : suivre et évaluer les activités et initiatives de démocratie participative pour améliorer la performance. Engagement : évaluer périodiquement les activités et actualiser les mécanismes en fonction des résultats et des retours des citoyens, pour une action commune plus efficace.",
            ],
        },
        {
            "heading_ar": "تتبع وتقييم الميثاق",
            "heading_fr": "Suivi et évaluation de la charte",
            "paragraphs_ar": [
                "لتتبع ميثاق الديمقراطية التشاركية والمشاركة المواطنة وتقييمه بشكل شامل، يتم الاعتماد على مؤشرات قياس دقيقة وآليات متابعة منهجية لضمان فعالية الميثاق واستمراريته.",
            ],
            "paragraphs_fr": [
                "Le suivi et l'évaluation d'ensemble de la charte s'appuient sur des indicateurs de mesure précis et des mécanismes de suivi méthodiques, afin d'en garantir l'efficacité et la pérennité.",
            ],
        },
        {
            "heading_ar": "مؤشرات تنزيل الميثاق",
            "heading_fr": "Indicateurs de mise en œuvre de la charte",
            "paragraphs_ar": [
                "تهدف المؤشرات إلى قياس مدى تحقيق أهداف الميثاق وجودة التنفيذ، وتشمل ما يلي:",
                "أولا — مستوى المشاركة:",
                "عدد العرائض المقدمة من طرف المواطنات والمواطنين وجمعيات المجتمع المدني، وعدد المقبولة منها من طرف الجماعة.",
                "عدد الآليات التشاركية للحوار والتشاور التي تم إحداثها على مستوى الجماعة.",
                "عدد اللقاءات التشاورية مع جمعيات المجتمع المدني والمواطنات والمواطنين.",
                "عدد المواطنين المشاركين: يقاس عدد المشاركين في الأنشطة التشاورية، مثل الاجتماعات العامة والاستبيانات وورشات العمل والمنصات الرقمية، وتحديدا معدل الزيادة السنوي في أعداد المشاركين.",
                "تنوع الفئات المشاركة: نسبة المشاركة حسب العمر والجنس والموقع الجغرافي داخل المدينة، وكذلك نسبة مشاركة الأشخاص في وضعية إعاقة في مختلف المبادرات والاستشارات المنظمة، سواء من طرف الجماعة أو من طرف جمعيات المجتمع المدني، لضمان شمولية المشاركة لجميع الفئات الاجتماعية.",
                "الاستفادة من الحق في المعلومة: نسبة ووتيرة استفادة المواطنات والمواطنين من حقهم في المعلومة، ومستوى ونوعية تجاوب الإدارة الجماعية مع هذه الطلبات.",
                "عدد المشاريع والمبادرات المقترحة من طرف المواطنات والمواطنين وجمعيات المجتمع المدني.",
                "التكرار: قياس مدى تكرار مشاركة الأفراد أنفسهم من عدمه، إذ يسهم التكرار في فهم مدى التزام المواطنين بالعملية التشاركية.",
                "ثانيا — رضا المواطنين:",
                "مستوى الرضا العام: من خلال استبيانات دورية أو استطلاعات رأي، يتم قياس رضا المواطنين عن جودة الخدمات المقدمة ومدى استجابتهم لعمليات التشاور والتفاعل مع الجماعة الترابية.",
                "رضا المواطنين عن الاستجابة: قياس مدى رضا المواطنين عن استجابة الجماعة لمقترحاتهم ومشاركتهم، وهو مؤشر مهم لدراسة فعالية الشفافية والمساءلة.",
                "نسبة التفاعل الإيجابي: مدى استعداد المواطنين للمشاركة مجددا في العمليات التشاركية بعد التجربة الأولية.",
                "ثالثا — تحقيق الأهداف:",
                "مدى تحقيق الأهداف المحددة: متابعة الأهداف المرسومة في الميثاق وتقييم مدى تحققها بناء على جدول زمني تم تحديده، مع قياس التقدم المحرز في كل هدف استراتيجي.",
                "تحسين الخدمات: مراقبة التطورات الفعلية في جودة الخدمات العامة استنادا إلى مقترحات المواطنين، وتقييم مدى تحسن الخدمات بعد تنفيذ مقترحاتهم.",
                "التأثير الاجتماعي: قياس أثر مشاركة المواطنين في التغيير الاجتماعي والبيئي، وذلك بمتابعة مشاريع التنمية المستدامة والمبادرات المجتمعية التي تحققت بفضل المشاركة.",
            ],
            "paragraphs_fr": [
                "Les indicateurs mesurent le degré de réalisation des objectifs de la charte et la qualité de sa mise en œuvre. Ils comprennent :",
                "1 — Niveau de participation :",
                "Nombre de pétitions déposées par les citoyennes et citoyens et par les associations, et nombre de pétitions déclarées recevables par la commune.",
                "Nombre de mécanismes participatifs de dialogue et de concertation créés au niveau de la commune.",
                "Nombre de rencontres de concertation avec les associations et avec les citoyennes et citoyens.",
                "Nombre de citoyens participants : nombre de participants aux activités de concertation (réunions publiques, questionnaires, ateliers, plateformes numériques) et, en particulier, son taux de croissance annuel.",
                "Diversité des participants : taux de participation selon l'âge, le sexe et le lieu de résidence dans la ville, ainsi que la participation des personnes en situation de handicap aux initiatives et consultations organisées par la commune ou par les associations, pour que toutes les catégories sociales soient représentées.",
                "Exercice du droit d'accès à l'information : taux et fréquence des demandes d'information des citoyennes et citoyens, et niveau et qualité des réponses de l'administration communale.",
                "Nombre de projets et d'initiatives proposés par les citoyennes et citoyens et par les associations.",
                "Récurrence : mesurer si les mêmes personnes participent de façon répétée, ce qui aide à comprendre leur degré d'engagement dans le processus participatif.",
                "2 — Satisfaction des citoyens :",
                "Satisfaction générale : mesurée par des questionnaires périodiques ou des sondages, sur la qualité des services rendus et sur la manière dont les citoyens répondent aux concertations et interagissent avec la commune.",
                "Satisfaction quant aux réponses : mesure de la satisfaction des citoyens à l'égard des suites données par la commune à leurs propositions et à leur participation — un indicateur clé de l'efficacité de la transparence et de la redevabilité.",
                "Taux d'engagement positif : disposition des citoyens à participer de nouveau aux processus participatifs après une première expérience.",
                "3 — Atteinte des objectifs :",
                "Réalisation des objectifs fixés : suivi des objectifs de la charte et évaluation de leur réalisation selon un calendrier défini, avec mesure des progrès accomplis pour chaque objectif stratégique.",
                "Amélioration des services : suivi de l'évolution réelle de la qualité des services publics à partir des propositions des citoyens et évaluation de cette amélioration après leur mise en œuvre.",
                "Impact social : mesure de l'effet de la participation citoyenne sur les changements sociaux et environnementaux, par le suivi des projets de développement durable et des initiatives communautaires issus de la participation.",
            ],
        },
        {
            "heading_ar": "كيفية تتبع تفعيل الميثاق",
            "heading_fr": "Modalités de suivi de la mise en œuvre de la charte",
            "paragraphs_ar": [
                "لتفعيل الميثاق وضمان استمرار تحقيق أهدافه، يتم اتباع عدة آليات متابعة منتظمة وشاملة، منها:",
                "أولا — تقديم تقارير دورية:",
                "إعداد تقارير ربع سنوية: تتضمن هذه التقارير ملخصا للتقدم المحرز في تنفيذ بنود الميثاق، ومراجعة مستمرة لمستويات المشاركة ومدى تحقيق الأهداف.",
                "إصدار تقرير سنوي شامل: تقرير سنوي يغطي جميع مؤشرات الأداء، ويشمل تحليلات تفصيلية حول مستوى المشاركة والإنجازات والتحديات التي تمت مواجهتها، بالإضافة إلى خطط التحسين المستقبلية.",
                "ثانيا — التقييم المستمر:",
                "إجراء تقييمات دورية: يتم التقييم الدوري بالتعاون مع فريق من الخبراء والمتخصصين في الجماعة الترابية، حيث يتم قياس مؤشرات الأداء والتحقق من تنفيذ الأنشطة في الوقت المحدد.",
                "التحليل النوعي والكمي: إلى جانب التحليل الكمي للمشاركة والمخرجات، يجرى تحليل نوعي لملاحظة التغيرات الإيجابية، وتحديد النقاط التي تحتاج إلى تعزيز أو تعديل.",
                "إشراك المجتمع المدني والفاعلين المحليين: دعوة منظمات المجتمع المدني إلى المساهمة في عمليات التقييم، مما يساعد على ضمان الحياد والشفافية.",
            ],
            "paragraphs_fr": [
                "Pour mettre en œuvre la charte et assurer la réalisation continue de ses objectifs, plusieurs mécanismes de suivi réguliers et complets sont prévus, notamment :",
                "1 — Rapports périodiques :",
                "Rapports trimestriels : résumé des progrès réalisés dans l'application des dispositions de la charte et examen continu des niveaux de participation et de l'atteinte des objectifs.",
                "Rapport annuel complet : couvrant tous les indicateurs de performance, avec des analyses détaillées du niveau de participation, des réalisations et des difficultés rencontrées, ainsi que les pistes d'amélioration.",
                "2 — Évaluation continue :",
                "Évaluations périodiques : menées avec une équipe d'experts et de spécialistes de la commune, elles mesurent les indicateurs de performance et vérifient que les activités sont réalisées dans les délais.",
                "Analyse qualitative et quantitative : outre l'analyse quantitative de la participation et des résultats, une analyse qualitative relève les évolutions positives et les points à renforcer ou à corriger.",
                "Association de la société civile et des acteurs locaux : les organisations de la société civile sont invitées à contribuer aux évaluations, gage de neutralité et de transparence.",
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Seed 000 — agenda of the Larache workshop, 7 December 2023
# ---------------------------------------------------------------------------

# The seed numbers the axes 1, 3, 4 and 5; axis 2 is inferred from the slide that follows
# the agenda ("تذكير بالمحاور العامة لمشروع تضافر").
LARACHE_WORKSHOP_AGENDA = [
    {
        "ar": "تقديم المشاركات والمشاركين، وتقديم أهداف اللقاء",
        "fr": "Présentation des participantes et participants et des objectifs de la rencontre",
    },
    {
        "ar": "تذكير بالمحاور العامة لمشروع تضافر",
        "fr": "Rappel des axes généraux du projet Tadafor",
    },
    {
        "ar": "التشاور حول خطة عمل المشاركة المواطنة للجماعة — نقاش تفاعلي",
        "fr": "Concertation sur le plan d'action de participation citoyenne de la commune — débat interactif",
    },
    {
        "ar": "التشاور حول ميثاق المشاركة المواطنة للجماعة — نقاش تفاعلي",
        "fr": "Concertation sur la charte de participation citoyenne de la commune — débat interactif",
    },
    {
        "ar": "خلاصات عامة",
        "fr": "Conclusions générales",
    },
]


# ---------------------------------------------------------------------------
# News, keyed by commune slug (dates must be unique per commune: they make the slug)
# ---------------------------------------------------------------------------

NEWS = {
    # Seed 000.
    "larache": [
        {
            "date": "2023-12-07",
            "title_ar": "ورشة تشاورية مع جمعيات المجتمع المدني لصياغة خطة عمل وميثاق المشاركة المواطنة بجماعة العرائش",
            "title_fr": "Atelier de concertation avec les associations pour élaborer le plan d'action et la charte de participation citoyenne de la commune de Larache",
            "intro_ar": "في إطار برنامج دعم المشاركة المواطنة، انعقدت يوم 7 دجنبر 2023 ورشة تشاورية مع جمعيات المجتمع المدني خصصت للتشاور حول خطة عمل المشاركة المواطنة بجماعة العرائش وحول مسودة أولية لميثاقها.",
            "intro_fr": "Dans le cadre du programme d'appui à la participation citoyenne, un atelier de concertation avec les associations s'est tenu le 7 décembre 2023 sur le plan d'action et un premier projet de charte de participation citoyenne de la commune de Larache.",
            "paragraphs_ar": [
                "انعقدت يوم 7 دجنبر 2023، في إطار برنامج دعم المشاركة المواطنة، ورشة تشاورية مع جمعيات المجتمع المدني لصياغة خطة عمل وميثاق المشاركة المواطنة بجماعة العرائش.",
                "وتوزعت أشغال الورشة على خمسة محاور: تقديم المشاركات والمشاركين وأهداف اللقاء، ثم التذكير بالمحاور العامة لمشروع تضافر، فالتشاور حول خطة عمل المشاركة المواطنة للجماعة، ثم التشاور حول ميثاق المشاركة المواطنة للجماعة، في إطار نقاش تفاعلي، لتختتم بخلاصات عامة.",
                "وذُكِّر المشاركون بمحاور تفعيل مشروع تضافر: تعزيز إطار المشاركة المواطنة بالجماعة عبر معرفة واستعمال الدلائل المعدة من طرف المديرية العامة للجماعات الترابية (منهجية صياغة وتقديم الآراء الاستشارية، منهجية تفعيل هيئة المساواة وتكافؤ الفرص ومقاربة النوع، منهجية تدبير العرائض، دليل تخطيط وتفعيل المقاربات التشاركية، دليل الميزانية التشاركية، منهجية إعداد استراتيجية وخطة التواصل، منهجية تدبير الحق في الحصول على المعلومة، منهجية قياس الرضى عن الخدمات المقدمة من طرف الجماعات).",
                "كما يشمل المشروع تفعيل آليات المشاركة المواطنة، بمواكبة الجماعات والهيئات الاستشارية (دعم الجماعة في تدبير الآراء الاستشارية والعرائض، ودعم تفعيل هيئة المساواة وتكافؤ الفرص ومقاربة النوع، ودعم آليات تتبع تفعيل برنامج المشاركة المواطنة)، وتعزيز فضاءات الحوار والتشاور بين الجماعات وجمعيات المجتمع المدني، ودعم تجارب الآليات التشاركية الأخرى: مجالس الشباب ولجان الأحياء والميزانيات التشاركية والعرائض.",
                "ويهم محور تعزيز رقمنة المشاركة المواطنة تطوير الموقع الإلكتروني النموذجي عبر مجموعة من الأدوات الرقمية للمشاركة المواطنة: فضاء الاقتراحات والملاحظات، والتشاور الرقمي، واللقاءات المواطنة، وتقييم وتتبع ميثاق المشاركة المواطنة، وتقييم وتتبع برنامج عمل الجماعة، إلى جانب تقوية القدرات المتعلقة بتفعيل أدوات المشاركة المواطنة وبإدارة محتوى الموقع الإلكتروني النموذجي وتحميله.",
                "أما تعزيز المبادرات المشتركة بين الجماعة وجمعيات المجتمع المدني، فيقوم على إطلاق مسلسل تمويل مشاريع البناء المشترك بين الجماعة والجمعيات، وتنظيم لقاءات تحسيسية لصياغة المشاريع انطلاقا من مقترحات الجمعيات وخطة عمل المشاركة المواطنة وبرنامج انفتاح الجماعة. ويُستكمل ذلك بتثمين الممارسات الجيدة والتجارب الناجحة وتقاسمها عبر اللقاءات التشاورية المحلية، والتعلم بالنظير، ومنتديات تبادل المعرفة والخبرة.",
                "وفي ما يخص خطة عمل المشاركة المواطنة، عرضت الورشة مداخل صياغتها: تملك استعمال أدوات ومناهج مبتكرة للمشاركة المواطنة، وتعزيز المشاركة المواطنة في تفعيل برنامج عمل الجماعة وتتبعه وتقييمه وتحيينه، وتقوية آليات الحوار والتشاور (مجلس الشباب نموذجا)، ومواكبة دينامية هيئة المساواة وتكافؤ الفرص ومقاربة النوع، وتعزيز المشاركة المواطنة الرقمية، وتقوية دينامية جمعيات المجتمع المدني، والتواصل وضمان الحق في الوصول إلى المعلومة.",
                "ثم نوقشت مسودة أولية لميثاق المشاركة المواطنة بالجماعة. فالميثاق، المفتوح للعموم، يعلن القيم والمبادئ التي تحدد أسس المسار التشاركي الأمثل، وهو موجه لجميع المشاركين ويشكل مساعدة في تفعيل آليات المشاركة، دون أن تحل قيمه ومبادئه محل احترام الأحكام التشريعية والتنظيمية الجاري بها العمل.",
                "ومن أهداف الميثاق: بناء علاقة ثقة بين المواطنات والمواطنين والجمعيات من جهة، والمنتخبات والمنتخبين من جهة أخرى؛ ونشر ثقافة الإنصات والنقاش في ظروف سليمة؛ وتشجيع الالتزام الملموس والتتبع المسؤول للفعل العمومي من قبل المواطنين والجمعيات؛ وتعبئة الذكاء الجماعي في خدمة التنمية الترابية المندمجة.",
                "ومن مبادئه أن المشاركة المواطنة تنخرط في احترام الدستور والقوانين الجاري بها العمل، وأنها ليست نموذجا بديلا للديمقراطية التمثيلية بل مكملة لها، وأنها تتطلب إطارا واضحا ومشتركا وعقلية بناءة، وأن المبدأ العام هو الإدماج، ولا سيما إدماج الفئات البعيدة عن المشاركة وعن صنع القرار العمومي، لأن المساواة في الوصول إلى المعلومات وفي الحق في الكلام والاستماع قاعدة أساسية لبناء مشاركة ناجحة.",
                "واقتُرحت للميثاق محاور عامة تشمل: مقدمة (الإطار المرجعي، والقيم المشتركة، وأهداف الميثاق، ونوع المشاركة وعلاقتها بمسلسل اتخاذ القرار، ومواضيعها وشروطها القبلية)، والانخراط في ثقافة جديدة للمشاركة، وتيسير مشاركة الجميع، وتشجيع المواطن على المبادرة، والتزامات كل من الجماعة والجمعيات والمواطنين، وظروف التفعيل: التواصل حول مكونات الميثاق، ومتى يستعمل، وكيفية تتبع تفعيله، وتقييم استعماله، وفريق تتبعه.",
            ],
            "paragraphs_fr": [
                "Le 7 décembre 2023, dans le cadre du programme d'appui à la participation citoyenne, s'est tenu un atelier de concertation avec les associations de la société civile pour élaborer le plan d'action et la charte de participation citoyenne de la commune de Larache.",
                "L'atelier s'est articulé en cinq temps : présentation des participants et des objectifs de la rencontre ; rappel des axes généraux du projet Tadafor ; concertation sur le plan d'action de participation citoyenne de la commune ; concertation sur la charte de participation citoyenne, sous forme de débats interactifs ; conclusions générales.",
                "Les axes de mise en œuvre du projet Tadafor ont été rappelés : renforcer le cadre de la participation citoyenne dans la commune par la connaissance et l'usage des guides de la Direction générale des collectivités territoriales (avis consultatifs, Instance de l'équité, de l'égalité des chances et de l'approche genre, gestion des pétitions, approches participatives, budget participatif, stratégie et plan de communication, droit d'accès à l'information, mesure de la satisfaction des usagers).",
                "Le projet prévoit aussi d'activer les mécanismes de participation en accompagnant les communes et les instances consultatives (avis consultatifs et pétitions, instance de l'équité, suivi du programme de participation citoyenne), de renforcer les espaces de dialogue entre communes et associations et de soutenir d'autres dispositifs participatifs : conseils de jeunes, comités de quartier, budgets participatifs, pétitions.",
                "Le volet numérique prévoit le développement d'un site web modèle doté d'outils de participation : espace de propositions et d'observations, consultation numérique, rencontres citoyennes, suivi et évaluation de la charte et du programme d'action de la commune, ainsi que le renforcement des capacités pour utiliser ces outils et gérer le contenu du site.",
                "Les initiatives communes entre la commune et les associations reposent sur le lancement d'un financement de projets co-construits et sur des rencontres de sensibilisation à la formulation de projets, à partir des propositions des associations, du plan d'action de participation citoyenne et du programme d'ouverture de la commune. Les bonnes pratiques seront valorisées et partagées par des rencontres de concertation locales, l'apprentissage entre pairs et des forums d'échange.",
                "Pour le plan d'action, l'atelier a présenté ses points d'entrée : s'approprier des outils et méthodes innovants, renforcer la participation à la mise en œuvre, au suivi, à l'évaluation et à l'actualisation du programme d'action de la commune, renforcer les mécanismes de dialogue (par exemple le conseil des jeunes), accompagner l'instance de l'équité, développer la participation numérique, dynamiser les associations, communiquer et garantir le droit d'accès à l'information.",
                "Un premier projet de charte a ensuite été discuté. Ouverte à tous, la charte énonce les valeurs et les principes d'un processus participatif de qualité ; elle s'adresse à tous les participants et aide à faire vivre les mécanismes de participation, sans se substituer au respect des dispositions législatives et réglementaires en vigueur.",
                "Ses objectifs : bâtir une relation de confiance entre citoyens et associations d'une part et élus d'autre part ; diffuser une culture de l'écoute et du débat serein ; encourager l'engagement concret et le suivi responsable de l'action publique par les citoyens et les associations ; mobiliser l'intelligence collective au service du développement territorial intégré.",
                "Parmi ses principes : la participation s'inscrit dans le respect de la Constitution et des lois ; elle complète la démocratie représentative sans la remplacer ; elle exige un cadre clair et partagé et un état d'esprit constructif ; son principe général est l'inclusion, notamment des personnes éloignées de la participation et de la décision publique, car l'égal accès à l'information, à la parole et à l'écoute est la base d'une participation réussie.",
                "Les grands axes proposés pour la charte : une introduction (cadre de référence, valeurs partagées, objectifs, nature de la participation et lien avec la décision, thèmes et préalables), l'adhésion à une nouvelle culture de la participation, la participation de tous, l'initiative citoyenne, les engagements de la commune, des associations et des citoyens, et les conditions de mise en œuvre : communication, usage, suivi, évaluation et équipe de suivi de la charte.",
            ],
        },
    ],
    # Seed 001. The seed gives no publication date; the date below is a placeholder set at
    # the end of the consultation period the draft mentions (November–December 2024).
    "ouezzane": [
        {
            "date": "2024-12-31",
            "title_ar": "مشروع ميثاق الديمقراطية التشاركية والمشاركة المواطنة لجماعة وزان: ثمرة تشاور عمومي موسع",
            "title_fr": "Le projet de charte de la démocratie participative et de la participation citoyenne d'Ouezzane, fruit d'une large consultation publique",
            "intro_ar": "أعدت جماعة وزان مشروع ميثاق الديمقراطية التشاركية والمشاركة المواطنة عبر آلية التشاور العمومي، في عملية تعاون وتشاور موسع مع المواطنات والمواطنين والمنتخبين والجمعيات المدنية استمرت من نوفمبر إلى ديسمبر 2024.",
            "intro_fr": "La commune d'Ouezzane a préparé son projet de charte de la démocratie participative et de la participation citoyenne par voie de consultation publique, avec les citoyens, les élus et les associations, de novembre à décembre 2024.",
            "paragraphs_ar": [
                "يأتي مشروع ميثاق الديمقراطية التشاركية والمشاركة المواطنة لجماعة وزان ثمرة لعملية تعاون وتشاور عمومي موسع مع الجهات الفاعلة في الديمقراطية التشاركية، من مواطنات ومواطنين ومنتخبين وجمعيات مدنية، استمرت من نوفمبر 2024 إلى ديسمبر 2024.",
                "ويندرج هذا المشروع في مسار انطلق منذ عام 2018 بإنشاء هيئة المساواة وتكافؤ الفرص ومقاربة النوع ومجلس الطفل، والتشاور حول برنامج عمل الجماعة، ثم تعزز ابتداء من سنة 2022 بتأسيس هيئة الولوجيات وحقوق الأشخاص في وضعية إعاقة، ومجلس الرياضة، ومجلس الشباب، ومجلس الأحياء السكنية، ومكتب المواطن، كما توصلت الجماعة بالعديد من العرائض من المواطنات والمواطنين ومن الجمعيات.",
                "ويعتبر الميثاق التزاما وتعاقدا أخلاقيا يؤطر العلاقة بين الجماعة ومختلف الفاعلين الترابيين، ويؤكد أن الديمقراطية التشاركية لا تحل محل الديمقراطية التمثيلية بل تعززها وتكملها، وأنه إطار يتيح لساكنة وزان العمل مع المنتخبين في صياغة القرار العمومي المحلي قبل اتخاذه، على أن يلتزم المجلس الجماعي بتوفير الوسائل اللازمة للحوار والتشاور العام.",
                "ويستمد الميثاق مضمونه من أربعة مبادئ أساسية هي الشفافية والمشاركة والمساءلة والتعاون، ويحدد مجالات المشاركة المواطنة: تحديد أولويات الإنفاق العام، وتطوير السياسات العامة، ومراقبة الأداء.",
                "كما يحدد أربع آليات لمشاركة الفاعل المدني، هي الترافع المدني عبر العرائض، والعضوية في الهيئات الاستشارية والتشاورية، والابتكار والإبداع، والمساءلة الاجتماعية؛ وأربعة أشكال للمشاركة، هي الإخبار والاستشارة والحوار والتشاور والشراكة والقرار المشترك؛ وثلاثة مستويات: استشاري وتنفيذي ورقابي.",
                "ويرسم الميثاق سبع مراحل لمسار اتخاذ القرار العمومي، من التهييء لصياغة برنامج العمل والاستشارة العمومية إلى التنفيذ والتتبع والتقييم وإعادة الصياغة، ويحدد أدوار والتزامات كل من المواطنات والمواطنين والجمعيات المدنية والجماعة الترابية، ومنها التحول التدريجي نحو الميزانيات التشاركية ورقمنة الخدمات الإدارية وإحداث منصات رقمية للتشاور العمومي.",
                "ولتتبع تفعيله، ينص الميثاق على مؤشرات تهم مستوى المشاركة ورضا المواطنين وتحقيق الأهداف، وعلى تقارير ربع سنوية وتقرير سنوي شامل، وتقييمات دورية تُدعى منظمات المجتمع المدني إلى المساهمة فيها.",
            ],
            "paragraphs_fr": [
                "Le projet de charte de la démocratie participative et de la participation citoyenne de la commune d'Ouezzane est le fruit d'un large processus de coopération et de consultation publique avec les citoyennes et citoyens, les élus et les associations, mené de novembre à décembre 2024.",
                "Il prolonge une démarche engagée dès 2018 avec la création de l'Instance de l'équité, de l'égalité des chances et de l'approche genre et du Conseil de l'enfant et la concertation sur le programme d'action de la commune, puis renforcée à partir de 2022 par l'instance de l'accessibilité et des droits des personnes en situation de handicap, le conseil du sport, le conseil des jeunes, le conseil des quartiers résidentiels et le bureau du citoyen ; la commune a aussi reçu de nombreuses pétitions de citoyens et d'associations.",
                "La charte est un engagement et un contrat moral entre la commune et les acteurs territoriaux. Elle rappelle que la démocratie participative complète la démocratie représentative sans la remplacer, et permet aux habitants d'Ouezzane de travailler avec les élus à l'élaboration de la décision publique locale, le conseil communal s'engageant à fournir les moyens du dialogue et de la concertation.",
                "Elle repose sur quatre principes — transparence, participation, redevabilité et coopération — et couvre trois domaines : les priorités de la dépense publique, l'élaboration des politiques publiques et le suivi des performances.",
                "Elle prévoit quatre mécanismes de participation de l'acteur civil (plaidoyer par les pétitions, participation aux instances consultatives, innovation, redevabilité sociale), quatre formes de participation (information, consultation, dialogue et concertation, partenariat et co-décision) et trois niveaux : consultatif, opérationnel et de contrôle.",
                "La charte décrit les sept étapes de la décision publique, de la préparation du programme d'action et de la consultation publique jusqu'à la mise en œuvre, au suivi, à l'évaluation et à la reformulation, et fixe les rôles et engagements des citoyens, des associations et de la commune, dont la transition progressive vers les budgets participatifs, la numérisation des services et la création de plateformes numériques de consultation.",
                "Son suivi repose sur des indicateurs de participation, de satisfaction des citoyens et d'atteinte des objectifs, sur des rapports trimestriels et un rapport annuel complet, et sur des évaluations périodiques ouvertes à la société civile.",
            ],
        },
    ],
    # Seed 003.
    "taroudant": [
        {
            "date": "2023-11-20",
            "title_ar": "ورشة إعداد مشروع ميثاق المشاركة المواطنة بجماعة تارودانت",
            "title_fr": "Atelier d'élaboration du projet de charte de participation citoyenne de la commune de Taroudant",
            "intro_ar": "في إطار مشروع تضافر، نظمت يوم الاثنين 20 نونبر 2023 ورشة إعداد مشروع ميثاق المشاركة المواطنة بحضور مختلف الفاعلين بجماعة تارودانت.",
            "intro_fr": "Dans le cadre du projet Tadafor, un atelier d'élaboration du projet de charte de participation citoyenne s'est tenu le lundi 20 novembre 2023, en présence des différents acteurs de la commune de Taroudant.",
            "paragraphs_ar": [
                "في إطار مشروع تضافر، المنفذ بشراكة بين المديرية العامة للجماعات الترابية والوزارة المنتدبة لدى رئيس الحكومة المكلفة بالعلاقات مع البرلمان والوكالة البلجيكية للتنمية، نظمت يوم الاثنين 20 نونبر 2023 ورشة إعداد مشروع ميثاق المشاركة المواطنة بحضور مختلف الفاعلين بجماعة تارودانت: منتخبين وأطر، وأعضاء عن هيئة المساواة وتكافؤ الفرص ومقاربة النوع، وأعضاء عن الفضاء التشاوري لجماعة تارودانت.",
                "ويأتي هذا الورش تماشيا مع دستور المملكة لسنة 2011 الذي كرس مشاركة المواطنات والمواطنين في تدبير الشأن العام من أجل ديمقراطية تشاركية فعالة، ولا سيما الفصل 139 منه الذي ينص على أن مجالس الجهات والجماعات الترابية الأخرى تضع آليات تشاركية للحوار والتشاور لتيسير مساهمة المواطنات والمواطنين والجمعيات في إعداد برامج التنمية وتتبعها، وكذا المادة 119 من القانون التنظيمي رقم 113.14 المتعلق بالجماعات، التي تنص على أن مجالس الجماعات تحدث آليات تشاركية للحوار والتشاور.",
                "وقد أولت جماعة تارودانت أهمية خاصة للمقاربة التشاركية وجعلت منها منهجية ونهجا للاشتغال، بهدف إشراك المواطنات والمواطنين في تحديد مشاكلهم الحقيقية وتشخيصها، ومساهمتهم في صياغة المشاريع وإنجازها وتتبعها وتقييمها، وتمكينهم من المعارف والمعطيات التي تسهل التواصل مع الإدارة.",
                "ويتجلى ذلك في انفتاح الجماعة على جمعيات المجتمع المدني وعلى المواطنات والمواطنين: مشاركتهم الفعالة في تنشيط ورشات إعداد برنامج العمل، والتواصل الدائم مع الجمعيات، ولقاءات تشاورية سنوية، ولقاءات إعدادية لأنشطة الجماعة مع الجمعيات المهتمة، وتقديم العرائض للمجلس الجماعي، والدعم الذي تقدمه الجماعة للجمعيات من منح ودعم لوجستيكي.",
                "كما أحدثت الجماعة آليات للمشاركة المواطنة، منها هيئة المساواة وتكافؤ الفرص ومقاربة النوع والفضاء التشاوري لتارودانت، اللذان شاركا بفعالية في تنشيط ورشات إعداد برنامج العمل، وقدما العديد من المقترحات التي أُخذت بعين الاعتبار وآراء استشارية للمجلس.",
                "وانخرطت الجماعة في عدد من البرامج الرامية إلى تنزيل المشاركة المواطنة وتفعيلها، منها مشروع تشبيك الشباب وتشبيك النساء، ومشروع جماعة مواطنة، وبرنامج ميزة الجماعة المواطنة، ومشروع تضافر، وبرنامج الانفتاح مع الشبكة المغربية للجماعات الترابية المنفتحة، وبرنامج تحسين أداء الجماعات.",
                "ومن نقاط قوة تجربة المقاربة التشاركية بجماعة تارودانت: الإرادة السياسية للمجلس الجماعي وانخراطه في اعتماد النهج التشاركي، والمواكبة التقنية للمديرية العامة للجماعات الترابية، خاصة عبر دعم قدرات الموظفين، وكذا عدة منظمات مثل Enabel وGIZ، وانخراط السلطات المحلية، والانخراط الجدي لأطر الجماعة، وتجاوب الساكنة والمواطنين المستهدفين.",
            ],
            "paragraphs_fr": [
                "Dans le cadre du projet Tadafor, mis en œuvre en partenariat par la Direction générale des collectivités territoriales, le ministère délégué auprès du Chef du gouvernement chargé des relations avec le Parlement et l'Agence belge de développement, un atelier d'élaboration du projet de charte de participation citoyenne s'est tenu le lundi 20 novembre 2023 avec les différents acteurs de la commune de Taroudant : élus, cadres, membres de l'Instance de l'équité, de l'égalité des chances et de l'approche genre et membres de l'espace de concertation de la commune.",
                "Cette démarche s'inscrit dans la Constitution de 2011, qui consacre la participation des citoyennes et citoyens à la gestion des affaires publiques, notamment son article 139 : les conseils des régions et des autres collectivités territoriales mettent en place des mécanismes participatifs de dialogue et de concertation pour faciliter la contribution des citoyens et des associations à l'élaboration et au suivi des programmes de développement. L'article 119 de la loi organique n° 113.14 relative aux communes prévoit de même la création de tels mécanismes par les conseils communaux.",
                "La commune de Taroudant a fait de l'approche participative une méthode de travail, afin d'associer les citoyens à l'identification et au diagnostic de leurs vrais problèmes, de les faire contribuer à la conception, à la réalisation, au suivi et à l'évaluation des projets, et de leur donner les connaissances et données qui facilitent le dialogue avec l'administration.",
                "Cela se traduit par l'ouverture de la commune aux associations et aux citoyens : participation à l'animation des ateliers du programme d'action, communication permanente avec les associations, rencontres de concertation annuelles, préparation des activités de la commune avec les associations intéressées, pétitions adressées au conseil communal, et soutien de la commune aux associations (subventions, appui logistique).",
                "La commune a également créé des mécanismes de participation, dont l'Instance de l'équité, de l'égalité des chances et de l'approche genre et l'espace de concertation de Taroudant, qui ont pris une part active aux ateliers du programme d'action et présenté de nombreuses propositions, prises en compte, ainsi que des avis consultatifs au conseil.",
                "Elle s'est engagée dans plusieurs programmes de participation citoyenne : réseautage des jeunes et des femmes, « Commune citoyenne », label de la commune citoyenne, projet Tadafor, programme d'ouverture avec le Réseau marocain des collectivités territoriales ouvertes et programme d'amélioration de la performance des communes.",
                "Parmi les points forts de cette expérience : la volonté politique du conseil communal, l'accompagnement technique de la Direction générale des collectivités territoriales, notamment pour renforcer les capacités du personnel, et de plusieurs organisations comme Enabel et la GIZ, l'implication des autorités locales et des cadres de la commune, et l'adhésion des habitants.",
            ],
        },
        {
            "date": "2024-04-03",
            "title_ar": "إطلاق التشاور العمومي الرقمي حول مسودة مشروع ميثاق المشاركة المواطنة لجماعة تارودانت",
            "title_fr": "Lancement de la consultation publique numérique sur le projet de charte de participation citoyenne de Taroudant",
            "intro_ar": "تعرض جماعة تارودانت مسودة مشروع ميثاق المشاركة المواطنة للتشاور العمومي الرقمي من 03 إلى 15 أبريل 2024، لإغنائه بأفكار جديدة وتوسيع دائرة المشاركة فيه.",
            "intro_fr": "Du 3 au 15 avril 2024, la commune de Taroudant soumet à une consultation publique numérique le projet de sa charte de participation citoyenne, pour l'enrichir d'idées nouvelles et élargir la participation.",
            "paragraphs_ar": [
                "في إطار الإعداد المشترك لميثاق المشاركة المواطنة لجماعة تارودانت، المندرج ضمن مشروع «تضافر»، المكون الثاني لبرنامج «دعم المشاركة المواطنة» المنفذ من طرف الوكالة البلجيكية للتنمية بشراكة مع المديرية العامة للجماعات الترابية والوزارة المنتدبة لدى رئيس الحكومة المكلفة بالعلاقات مع البرلمان، والممول من طرف الاتحاد الأوروبي، تطلق الجماعة تشاورا عموميا رقميا حول مسودة مشروع الميثاق من 03 إلى 15 أبريل 2024.",
                "وتعرض جماعة تارودانت مسودة مشروع ميثاق المشاركة المواطنة على الساكنة والفاعلين والمهتمين بالشأن المحلي والترابي، وعلى جميع المواطنات والمواطنين الذين يهمهم الأمر، من أجل إغنائه بأفكار جديدة، بغية توسيع دائرة المشاركة في هذا الميثاق الذي سيُعتمد سندا ومرجعا في المسارات التشاركية المقبلة.",
                "المرحلة الأولى: الاطلاع على مسودة مشروع ميثاق المشاركة المواطنة عبر الرابط الذي نشرته الجماعة.",
                "المرحلة الثانية: تعبئة الاستمارة الإلكترونية لإبداء ملاحظاتكم واقتراحاتكم وتعليقاتكم.",
                "وتأتي هذه المحطة بعد ورشة إعداد مشروع الميثاق التي نظمت يوم 20 نونبر 2023 بحضور المنتخبين والأطر وأعضاء هيئة المساواة وتكافؤ الفرص ومقاربة النوع وأعضاء الفضاء التشاوري لجماعة تارودانت، على أن تليها دراسة مشروع الميثاق والمصادقة عليه، من أجل مأسسة هذا المسار التشاركي وتعزيز المشاركة المواطنة.",
            ],
            "paragraphs_fr": [
                "Dans le cadre de l'élaboration concertée de la charte de participation citoyenne de la commune de Taroudant, inscrite dans le projet « Tadafor », deuxième composante du programme « Appui à la participation citoyenne » mis en œuvre par l'Agence belge de développement en partenariat avec la Direction générale des collectivités territoriales et le ministère délégué chargé des relations avec le Parlement, et financé par l'Union européenne, la commune lance une consultation publique numérique sur le projet de charte du 3 au 15 avril 2024.",
                "La commune soumet le projet de charte aux habitants, aux acteurs et à toutes les personnes intéressées par les affaires locales et territoriales, afin de l'enrichir d'idées nouvelles et d'élargir la participation à cette charte, appelée à servir d'appui et de référence aux futurs processus participatifs.",
                "Étape 1 : consulter le projet de charte de participation citoyenne via le lien publié par la commune.",
                "Étape 2 : remplir le formulaire en ligne pour transmettre vos observations, propositions et commentaires.",
                "Cette étape fait suite à l'atelier d'élaboration du projet de charte du 20 novembre 2023, qui a réuni élus, cadres et membres de l'Instance de l'équité, de l'égalité des chances et de l'approche genre et de l'espace de concertation de la commune. Suivront l'examen et l'adoption du projet de charte, pour institutionnaliser ce processus participatif et renforcer la participation citoyenne.",
            ],
        },
    ],
    # Seed 002.
    "beni-mellal": [
        {
            "date": "2024-02-13",
            "title_ar": "الاجتماع الأول للجنة التوجيه والتتبع لمشروع تضافر ببني ملال",
            "title_fr": "Première réunion du comité de pilotage et de suivi du projet Tadafor à Béni Mellal",
            "intro_ar": "انعقد يوم 13 فبراير 2024 ببني ملال الاجتماع الأول للجنة التوجيه والتتبع لمشروع تضافر، المكون الثاني لبرنامج دعم المشاركة المواطنة، لتقييم التقدم المحرز في المشروع وتبادل المعلومات بين الشركاء على مستوى الإقليم.",
            "intro_fr": "Le 13 février 2024 s'est tenue à Béni Mellal la première réunion du comité de pilotage et de suivi du projet Tadafor, deuxième composante du programme d'appui à la participation citoyenne.",
            "paragraphs_ar": [
                "انعقد يوم 13 فبراير 2024 ببني ملال الاجتماع الأول للجنة التوجيه والتتبع لمشروع تضافر، في إطار برنامج دعم المشاركة المواطنة.",
                "ويتكون برنامج دعم المشاركة المواطنة من ثلاثة مكونات: مكون TAMURI الرامي إلى تعزيز أدوار النسيج الجمعوي بالجهات المستهدفة (المركز المغربي للإبداع والمقاولة الاجتماعية)، ومشروع تضافر (TADAFOR) الرامي إلى تعزيز مشاركة المجتمع المدني في تطوير السياسات العمومية الوطنية والإقليمية والمحلية ورصدها وتقييمها (Enabel)، ومكون ثالث لتنسيق المكونين الأساسيين الأول والثاني وتتبعهما وتثمينهما.",
                "ويشرف على مشروع تضافر كل من وزارة الداخلية – المديرية العامة للجماعات الترابية، والوزارة المنتدبة لدى رئيس الحكومة المكلفة بالعلاقات مع البرلمان، والوكالة البلجيكية للتنمية (Enabel). وتمتد مدته على 42 شهرا (2022–2025) في خمس جهات: طنجة تطوان الحسيمة، والشرق، والدار البيضاء سطات، وسوس ماسة، وبني ملال خنيفرة. ويستهدف 60 جماعة، منها 12 جماعة تجريبية، ومنظمات المجتمع المدني، والمواطنات والمواطنين، وأقطاب الكفاءة.",
                "وينتظر من المشروع أربع نتائج: تعزيز الإطار المرجعي لتفعيل مشاركة المواطنات والمواطنين على المستوى المحلي؛ وتكثيف أدوات وآليات مشاركة المجتمع المدني والمواطنات والمواطنين على المستوى المحلي وتقويتها؛ وتنفيذ استراتيجيات المجتمع المدني وأنشطته الرامية إلى التنمية المحلية في إطار المشاركة المواطنة؛ ورسملة الممارسات المتعلقة بمشاركة المجتمع المدني والمشاركة المواطنة وتقاسمها.",
                "ومن أبرز محطات المشروع: الانطلاقة الرسمية لبرنامج دعم المشاركة المواطنة على المستوى الوطني بالرباط يوم 5 أبريل 2022، ثم على مستوى جهة بني ملال خنيفرة ببني ملال يوم 19 ماي 2022؛ وتعيين فريق العمل الجهوي (يوليوز–نونبر 2022)؛ وبداية العمل مع الجماعات التجريبية بالجهة (شتنبر 2022)؛ والمساهمة في دراسة حول معيقات وروافع انخراط الإناث والشباب والأشخاص في وضعية إعاقة في أنشطة المشاركة المواطنة (أكتوبر 2022)؛ وإطلاق طلب إبداء الاهتمام لفائدة الجماعات الترابية (يونيو 2023).",
                "وفي شتنبر 2023 تم اختيار الجماعات الجديدة التي ستلتحق بالمشروع: بإقليم بني ملال، قصبة تادلة والقصيبة وناوور ودير القصيبة وأولاد كناو وأولاد سعيد الواد؛ وبإقليم أزيلال، دمنات وتيديلي فطواكة وواويزغت وآيت محمد وبين الويدان. ونُظمت ورشات إدماج هذه الجماعات في المشروع خلال أكتوبر ونونبر 2023.",
                "ويشمل برنامج العمل من يناير إلى يونيو 2024: مواصلة العمل مع كل جماعة لاستكمال التشخيص التشاركي، وصياغة ميثاق وخطة عمل المشاركة المواطنة بالجماعات، ومواكبة وتقوية قدرات المنتخبين والموظفين والهيئات الاستشارية، وإطلاق مسار البناء المشترك للمشاريع (مواكبة وتمويل)، وتفعيل آليات وأدوات المشاركة المواطنة (الميزانية التشاركية مثالا)، وتقوية قدرات الجماعات في مجال الرقمنة، ودعم فضاءات الحوار والتشاور بين الجماعات والجمعيات، وتقوية قدرات الجمعيات في مجال صياغة العرائض وتقديمها.",
                "ولجنة التوجيه والتتبع فضاء للتشاور العملي بين المشروع والشركاء التقنيين، تجتمع كل ستة أشهر على مستوى الإقليم، لتقييم التقدم المحرز في المشروع والصعوبات التي يواجهها، وتبادل المعلومات والتكامل مع المبادرات الإقليمية والوطنية، وتقديم توصيات وآراء ومقترحات يُعرض تنفيذها في الاجتماع الموالي.",
                "ويترأس اللجنة السيد الوالي/العامل أو من ينوب عنه، وتضم الجماعات الثماني الشريكة على مستوى إقليم بني ملال (رئيس المجلس الجماعي أو من ينوب عنه، ومدير المصالح الجماعية، ونقطة الارتكاز، وممثلي المجلس الجماعي وهيئة المساواة وتكافؤ الفرص ومقاربة النوع)، وEnabel (المسؤولة عن مشروع تضافر والفريق الجهوي للمشروع)، وقسم الجماعات المحلية، وقسم العمل الاجتماعي، واللجنة الإقليمية للمبادرة الوطنية للتنمية البشرية، ومشاريع أخرى للوكالة بتراب الإقليم، والهيئات والمنظمات العاملة بتراب الإقليم، ومشاريع وبرامج مماثلة.",
                "ومن مسؤولياتها: تقديم المشورة التقنية والتوصيات بشأن تنفيذ أنشطة المشروع، والسعي إلى تحقيق الالتقائية مع الشركاء الآخرين الداعمين للمشاركة المواطنة في الجماعات الترابية بالإقليم، والتتبع المنتظم لنتائج المشروع مع إيلاء اهتمام خاص لاستدامتها على المستوى الترابي، والتحضير للجان التشاور الوطنية للمشروع. وتجتمع حضوريا أو عن بعد، ويعد المشرف الجهوي للمشروع تقريرا عن أشغالها.",
                "وتمحورت مناقشات الاجتماع حول توصيات اللجنة بناء على العروض المقدمة، وحول سبل تطوير آلية تنسيق فعالة وفاعلة على مستوى الإقليم والجهة.",
            ],
            "paragraphs_fr": [
                "Le 13 février 2024 s'est tenue à Béni Mellal la première réunion du comité de pilotage et de suivi du projet Tadafor, dans le cadre du programme d'appui à la participation citoyenne.",
                "Le programme comprend trois composantes : TAMURI, qui renforce le rôle du tissu associatif dans les régions ciblées (Moroccan Center for Innovation and Social Entrepreneurship) ; Tadafor, qui renforce la participation de la société civile à l'élaboration, au suivi et à l'évaluation des politiques publiques nationales, régionales et locales (Enabel) ; et une troisième composante de coordination, de suivi et de valorisation des deux premières.",
                "Tadafor associe le ministère de l'Intérieur – Direction générale des collectivités territoriales, le ministère délégué auprès du Chef du gouvernement chargé des relations avec le Parlement et l'Agence belge de développement (Enabel). D'une durée de 42 mois (2022–2025), il couvre cinq régions : Tanger-Tétouan-Al Hoceïma, l'Oriental, Casablanca-Settat, Souss-Massa et Béni Mellal-Khénifra, et cible 60 communes, dont 12 pilotes, les organisations de la société civile, les citoyennes et citoyens et des pôles de compétences.",
                "Quatre résultats sont attendus : un cadre de référence renforcé pour la participation citoyenne au niveau local ; des outils et mécanismes de participation de la société civile et des citoyens intensifiés et renforcés ; des stratégies et activités de la société civile pour le développement local mises en œuvre ; des pratiques de participation capitalisées et partagées.",
                "Principales étapes : lancement national du programme à Rabat le 5 avril 2022, puis régional à Béni Mellal le 19 mai 2022 ; constitution de l'équipe régionale (juillet–novembre 2022) ; début du travail avec les communes pilotes de la région (septembre 2022) ; contribution à une étude sur les freins et leviers de la participation des femmes, des jeunes et des personnes en situation de handicap (octobre 2022) ; appel à manifestation d'intérêt auprès des collectivités (juin 2023).",
                "En septembre 2023, de nouvelles communes ont été retenues : dans la province de Béni Mellal, Kasba Tadla, El Ksiba, Naour, Dir El Ksiba, Oulad Gnaou et Oulad Saïd L'Oued ; dans la province d'Azilal, Demnate, Tidili Fetouaka, Ouaouizeght, Aït Mhamed et Bin El Ouidane. Des ateliers d'intégration ont eu lieu en octobre et novembre 2023.",
                "Le programme de janvier à juin 2024 prévoit : poursuivre le travail avec chaque commune pour achever le diagnostic participatif ; élaborer la charte et le plan d'action de participation citoyenne des communes ; accompagner et former élus, fonctionnaires et instances consultatives ; lancer la co-construction de projets (accompagnement et financement) ; activer les outils de participation (par exemple le budget participatif) ; renforcer les capacités numériques des communes ; soutenir les espaces de dialogue entre communes et associations ; former les associations à la rédaction et au dépôt de pétitions.",
                "Le comité de pilotage et de suivi est un espace de concertation opérationnelle entre le projet et les partenaires techniques. Il se réunit tous les six mois au niveau de la province pour évaluer l'avancement et les difficultés du projet, échanger l'information, assurer la complémentarité avec les initiatives provinciales et nationales et formuler des recommandations dont la mise en œuvre est présentée à la réunion suivante.",
                "Présidé par le wali/gouverneur ou son représentant, il réunit les huit communes partenaires de la province de Béni Mellal (président du conseil ou son représentant, directeur des services, point focal, représentants du conseil et de l'Instance de l'équité, de l'égalité des chances et de l'approche genre), Enabel (responsable du projet Tadafor et équipe régionale), la division des collectivités locales, la division de l'action sociale, le comité provincial de l'INDH, d'autres projets de l'agence dans la province, les organismes actifs dans la province et des projets similaires.",
                "Ses responsabilités : conseiller et recommander sur la mise en œuvre des activités, rechercher la convergence avec les autres partenaires de la participation citoyenne dans la province, suivre régulièrement les résultats du projet en veillant à leur durabilité territoriale et préparer les comités nationaux de concertation. Il se réunit en présentiel ou à distance ; le superviseur régional du projet en établit le rapport.",
                "Les débats ont porté sur les recommandations du comité à partir des présentations et sur les moyens de mettre en place un mécanisme de coordination efficace au niveau de la province et de la région.",
            ],
        },
    ],
    # Seed 002 lists Naour (ناوور) among the communes of Béni Mellal province selected in
    # September 2023 to join Tadafor; the article is dated on the committee meeting where
    # this was presented and claims nothing about Naour beyond that list.
    "naour": [
        {
            "date": "2024-02-13",
            "title_ar": "جماعة ناوور ضمن الجماعات الجديدة الملتحقة بمشروع تضافر لدعم المشاركة المواطنة",
            "title_fr": "La commune de Naour parmi les nouvelles communes du projet Tadafor d'appui à la participation citoyenne",
            "intro_ar": "جماعة ناوور من بين الجماعات الجديدة بإقليم بني ملال التي تم اختيارها في شتنبر 2023 للالتحاق بمشروع تضافر، كما عرض خلال الاجتماع الأول للجنة التوجيه والتتبع المنعقد ببني ملال يوم 13 فبراير 2024.",
            "intro_fr": "Naour fait partie des nouvelles communes de la province de Béni Mellal retenues en septembre 2023 pour rejoindre le projet Tadafor, comme présenté lors du premier comité de pilotage et de suivi, à Béni Mellal le 13 février 2024.",
            "paragraphs_ar": [
                "عرض الاجتماع الأول للجنة التوجيه والتتبع لمشروع تضافر، المنعقد ببني ملال يوم 13 فبراير 2024، لائحة الجماعات الجديدة التي تم اختيارها في شتنبر 2023 للالتحاق بالمشروع، ومن بينها جماعة ناوور، إلى جانب قصبة تادلة والقصيبة ودير القصيبة وأولاد كناو وأولاد سعيد الواد بإقليم بني ملال، ودمنات وتيديلي فطواكة وواويزغت وآيت محمد وبين الويدان بإقليم أزيلال.",
                "وجاء هذا الاختيار بعد إطلاق طلب إبداء الاهتمام لفائدة الجماعات الترابية في يونيو 2023، وتلته ورشات إدماج الجماعات الجديدة في المشروع خلال أكتوبر ونونبر 2023.",
                "ومشروع تضافر هو المكون الثاني لبرنامج دعم المشاركة المواطنة، ويهدف إلى تعزيز مشاركة المجتمع المدني في تطوير السياسات العمومية الوطنية والإقليمية والمحلية ورصدها وتقييمها. ويمتد على 42 شهرا (2022–2025) بشراكة بين وزارة الداخلية – المديرية العامة للجماعات الترابية، والوزارة المنتدبة لدى رئيس الحكومة المكلفة بالعلاقات مع البرلمان، والوكالة البلجيكية للتنمية (Enabel).",
                "ويشمل برنامج العمل مع الجماعات من يناير إلى يونيو 2024: استكمال التشخيص التشاركي، وصياغة ميثاق وخطة عمل المشاركة المواطنة، ومواكبة وتقوية قدرات المنتخبين والموظفين والهيئات الاستشارية، وإطلاق مسار البناء المشترك للمشاريع، وتفعيل آليات وأدوات المشاركة المواطنة كالميزانية التشاركية، وتقوية القدرات في مجال الرقمنة، ودعم فضاءات الحوار والتشاور بين الجماعات والجمعيات، وتقوية قدرات الجمعيات في مجال صياغة العرائض وتقديمها.",
            ],
            "paragraphs_fr": [
                "La première réunion du comité de pilotage et de suivi du projet Tadafor, tenue à Béni Mellal le 13 février 2024, a présenté la liste des nouvelles communes retenues en septembre 2023 pour rejoindre le projet, dont la commune de Naour, aux côtés de Kasba Tadla, El Ksiba, Dir El Ksiba, Oulad Gnaou et Oulad Saïd L'Oued (province de Béni Mellal) et de Demnate, Tidili Fetouaka, Ouaouizeght, Aït Mhamed et Bin El Ouidane (province d'Azilal).",
                "Cette sélection a suivi l'appel à manifestation d'intérêt lancé auprès des collectivités territoriales en juin 2023 ; des ateliers d'intégration des nouvelles communes ont ensuite été organisés en octobre et novembre 2023.",
                "Tadafor est la deuxième composante du programme d'appui à la participation citoyenne. Il vise à renforcer la participation de la société civile à l'élaboration, au suivi et à l'évaluation des politiques publiques nationales, régionales et locales. D'une durée de 42 mois (2022–2025), il associe le ministère de l'Intérieur – Direction générale des collectivités territoriales, le ministère délégué chargé des relations avec le Parlement et l'Agence belge de développement (Enabel).",
                "Le programme de travail avec les communes de janvier à juin 2024 prévoit : achever le diagnostic participatif, élaborer la charte et le plan d'action de participation citoyenne, accompagner et former élus, fonctionnaires et instances consultatives, lancer la co-construction de projets, activer des outils comme le budget participatif, renforcer les capacités numériques, soutenir les espaces de dialogue entre communes et associations et former les associations aux pétitions.",
            ],
        },
    ],
    # Seed 004. The seed says only "February 2023"; the day is a placeholder.
    "tanger": [
        {
            "date": "2023-02-01",
            "title_ar": "مشروع «نشارك» لدعم المشاركة المواطنة بجهة طنجة تطوان الحسيمة",
            "title_fr": "Le projet « Nucharik » d'appui à la participation citoyenne dans la région de Tanger-Tétouan-Al Hoceïma",
            "intro_ar": "بلورت جمعية مدينتي، بشراكة مع وكالة التنمية البلجيكية وبتمويل من الاتحاد الأوروبي، مشروع «نشارك» لدعم المشاركة المواطنة بجهة طنجة تطوان الحسيمة، بشراكة مع مجلس الجهة وجماعات طنجة والعرائش والحسيمة.",
            "intro_fr": "L'association Madinati, en partenariat avec l'Agence belge de développement et avec le financement de l'Union européenne, a conçu le projet « Nucharik » d'appui à la participation citoyenne dans la région de Tanger-Tétouan-Al Hoceïma.",
            "paragraphs_ar": [
                "عملا على تعزيز الأدوار الدستورية للمجتمع المدني، والمساهمة بفعالية في دعم آليات الديمقراطية التشاركية وتشجيع الاعتماد عليها من أجل ممارسة الحق في المواطنة الكاملة، قامت جمعية مدينتي، بشراكة مع وكالة التنمية البلجيكية وبتمويل من الاتحاد الأوروبي، ببلورة مشروع «دعم المشاركة المواطنة بجهة طنجة تطوان الحسيمة».",
                "وتأتي هذه المبادرة استمرارا لدعم العمل الذي قامت به مجموعة من الفاعلين المؤسساتيين ومنظمات المجتمع المدني بالجهة خلال فترة سابقة، تميزت بمبادرات ومشاريع حول المقاربات التشاركية، بالآليات القائمة أو بآليات مبتكرة تستجيب لطبيعة المجتمع المغربي، وتكفل مشاركة المواطن فردا وجماعات في تدبير الحياة العامة، وانخراطا فعليا وجادا للمؤسسات والهيئات والفاعل العمومي في إعمال المقاربة التشاركية.",
                "ويهدف المشروع إلى المساهمة في تعزيز المشاركة المواطنة بجهة طنجة تطوان الحسيمة من خلال دعم مختلف الشركاء في مجال الحكامة التشاركية على المستوى المحلي، ودعم انخراط الفاعلين الجماعيين في إطار التشبيك، بما يساهم في تبادل التجارب وتثمينها، وتقوية القدرات، وإشاعة الممارسات الجيدة والتجارب الناجحة.",
                "كما يسعى إلى ترسيخ الحكامة الجيدة كما هو منصوص عليها في القوانين التنظيمية للجماعات الترابية، عبر ثلاثة أهداف: خلق دينامية جهوية تراعي احتياجات الجماعات الترابية والشباب بطريقة عادلة في طنجة والعرائش والحسيمة؛ وتحسين جودة المشاركة المواطنة والحصول على المعلومات من خلال عملية التخطيط الترابي؛ وإضفاء الطابع المؤسساتي على الممارسات الجيدة في مشاركة المواطنين وتسليط الضوء على مساهمة جمعيات المجتمع المدني في تنفيذ شراكة الحكومة المنفتحة.",
                "ويموَّل المشروع من طرف الاتحاد الأوروبي عن طريق وكالة التنمية البلجيكية. وشركاؤه المؤسسون هم مجلس جهة طنجة تطوان الحسيمة وجماعة العرائش وجماعة طنجة وجماعة الحسيمة، وشركاؤه من المجتمع المدني مرصد الشباب لتتبع وتقييم السياسات العمومية وجمعية الحسيمة للتنمية الاجتماعية.",
                "ويستهدف المشروع موظفي ومنتخبي الجماعات الترابية، ومنظمات المجتمع المدني، والهيئات الاستشارية بمجلس الجهة ومجالس الجماعات، والمواطنات والمواطنين، وتمتد مدة تنزيله من 1 يناير إلى 31 دجنبر 2023.",
                "ومن النتائج المنتظرة: تقوية قدرات الجمعيات في مجال المشاركة المواطنة؛ وخلق أرضية متعددة الأطراف من أجل تعزيز المشاركة المواطنة؛ وتثمين التجارب الناجحة والآثار الإيجابية للمشروع في إطار مؤشرات شراكة الحكومة المنفتحة على المستوى الدولي؛ وتطوير وتنزيل 5 مشاريع في مجال المشاركة المواطنة تحت إشراف مجلس الجهة والجماعات الترابية ومنظمات المجتمع المدني.",
                "وتشمل الأنشطة المبرمجة في إطار الهدف الأول تنظيم ثلاثة لقاءات للإعلان الرسمي عن المشروع بكل من العرائش وطنجة والحسيمة، وتأسيس خلية التنسيق على المستويين الجهوي والمحلي، وتنظيم 3 ورشات عمل لبلورة دليل التجارب الناجحة في مجال المشاركة المواطنة، و3 دورات تكوينية بالمدن الثلاث حول تطوير استراتيجيات المشاركة المواطنة وبلورة خطة للتواصل حول مخرجاتها من أجل نشرها لعموم المواطنات والمواطنين، ثم مصادقة الجماعات الترابية على استراتيجيات المشاركة المواطنة.",
                "وفي إطار الهدف الثاني، يبرمج المشروع 3 دورات تكوينية حول آليات المشاركة المواطنة (الإطار المؤسساتي والتشريعي، وأوراق السياسات العمومية، والعرائض)، و3 دورات تكوينية حول الشفافية المالية من خلال الميزانية التشاركية (أدواتها وطرق تنفيذها)، وبلورة خطة عمل لتنفيذ استراتيجيات تطوير المشاركة المواطنة.",
                "وفي إطار الهدف الثالث: تنظيم يوم تحسيسي حول شراكة الحكومة المنفتحة، وورشة لبلورة مؤشرات تنزيل إجراءات الحكومة المنفتحة والتزاماتها، والتقييم الذاتي لالتزامات الحكومة المنفتحة من طرف جهة طنجة تطوان الحسيمة، وتقديم نتائجه للمجتمع المدني والفاعلين من أجل بلورة خطة عمل لتحسين التزامات الجهة وتنزيلها، ثم بلورة ونشر تقرير حول إنجازات الجهة في مجال الحكومة المنفتحة. ويختتم المشروع بلقاء ختامي لتقديم استراتيجية ديمومة مخرجاته، وبتقييمه.",
                "وتضم هيئات الحكامة والتدبير وكالة التنمية البلجيكية وجمعية مدينتي، إلى جانب ممثلي مجلس الجهة، وممثلي مجالس الجماعات الترابية الشريكة (موظفين ومنتخبين)، والجمعيات الشريكة في المشروع، وفريق المشروع.",
            ],
            "paragraphs_fr": [
                "Pour renforcer le rôle constitutionnel de la société civile et contribuer au recours aux mécanismes de la démocratie participative dans l'exercice d'une pleine citoyenneté, l'association Madinati, en partenariat avec l'Agence belge de développement et avec le financement de l'Union européenne, a conçu le projet « Appui à la participation citoyenne dans la région de Tanger-Tétouan-Al Hoceïma ».",
                "L'initiative prolonge le travail mené auparavant dans la région par des acteurs institutionnels et des organisations de la société civile, à travers des initiatives et projets participatifs — mécanismes existants ou innovants adaptés à la société marocaine — garantissant à la fois la participation des citoyens, individuellement et collectivement, à la vie publique et l'implication réelle des institutions et des acteurs publics dans l'approche participative.",
                "Le projet vise à renforcer la participation citoyenne dans la région en soutenant les partenaires de la gouvernance participative au niveau local et l'implication des acteurs communaux en réseau, afin d'échanger et de valoriser les expériences, de renforcer les capacités et de diffuser les bonnes pratiques.",
                "Il vise aussi à ancrer la bonne gouvernance prévue par les lois organiques sur les collectivités territoriales, à travers trois objectifs : créer une dynamique régionale qui prenne en compte équitablement les besoins des collectivités et des jeunes à Tanger, Larache et Al Hoceïma ; améliorer la qualité de la participation citoyenne et l'accès à l'information dans la planification territoriale ; institutionnaliser les bonnes pratiques et mettre en lumière la contribution des associations au Partenariat pour un gouvernement ouvert.",
                "Le projet est financé par l'Union européenne via l'Agence belge de développement. Ses partenaires fondateurs sont le Conseil de la région de Tanger-Tétouan-Al Hoceïma et les communes de Larache, Tanger et Al Hoceïma ; ses partenaires associatifs, l'Observatoire des jeunes pour le suivi et l'évaluation des politiques publiques et l'Association Al Hoceïma pour le développement social.",
                "Il s'adresse aux fonctionnaires et élus des collectivités territoriales, aux organisations de la société civile, aux instances consultatives du conseil régional et des conseils communaux et aux citoyennes et citoyens, du 1er janvier au 31 décembre 2023.",
                "Résultats attendus : des associations mieux formées à la participation citoyenne ; une plateforme multi-acteurs pour la participation ; la valorisation des expériences réussies et des effets du projet au regard des indicateurs internationaux du Partenariat pour un gouvernement ouvert ; cinq projets de participation citoyenne conçus et réalisés sous l'égide du conseil régional, des collectivités et de la société civile.",
                "Au titre du premier objectif : trois rencontres de lancement officiel à Larache, Tanger et Al Hoceïma, une cellule de coordination régionale et locale, trois ateliers pour un guide des expériences réussies, trois formations sur les stratégies de participation citoyenne et leur plan de communication auprès du public, puis l'adoption de ces stratégies par les collectivités.",
                "Au titre du deuxième objectif : trois formations sur les mécanismes de participation (cadre institutionnel et législatif, notes de politiques publiques, pétitions), trois formations sur la transparence financière par le budget participatif (outils et méthodes) et un plan d'action pour mettre en œuvre les stratégies de participation citoyenne.",
                "Au titre du troisième objectif : une journée de sensibilisation au Partenariat pour un gouvernement ouvert, un atelier sur les indicateurs de mise en œuvre de ses mesures et engagements, l'auto-évaluation des engagements de la région, la présentation de ses résultats à la société civile pour bâtir un plan d'amélioration, puis un rapport public sur les réalisations de la région. Le projet se conclura par une rencontre finale présentant la stratégie de pérennisation de ses acquis et par son évaluation.",
                "Les instances de gouvernance et de gestion réunissent l'Agence belge de développement et l'association Madinati, ainsi que des représentants du conseil régional, des communes partenaires (fonctionnaires et élus), des associations partenaires et l'équipe du projet.",
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Districts (quarters / douars) — not from the seeds
# ---------------------------------------------------------------------------

DISTRICTS = {
    # Demo data, to be checked by the commune: well-known quarters of Larache.
    "larache": [
        {"name_ar": "المدينة العتيقة", "name_fr": "Médina"},
        {"name_ar": "حي المغرب الجديد", "name_fr": "Al Maghrib Al Jadid"},
        {"name_ar": "جنان باشا", "name_fr": "Jnane Pacha"},
    ],
    # Demo data, to be checked by the commune: well-known quarters of Ouezzane.
    "ouezzane": [
        {"name_ar": "المدينة العتيقة", "name_fr": "Médina"},
        {"name_ar": "الملاح", "name_fr": "Mellah"},
        {"name_ar": "القصبة", "name_fr": "Kasbah"},
    ],
    # Demo data, to be checked by the commune: well-known quarters of Taroudant.
    "taroudant": [
        {"name_ar": "المدينة العتيقة", "name_fr": "Médina"},
        {"name_ar": "القصبة", "name_fr": "Kasbah"},
        {"name_ar": "الحي الحسني", "name_fr": "Hay Hassani"},
    ],
    # Demo data, to be checked by the commune: well-known quarters of Béni Mellal.
    "beni-mellal": [
        {"name_ar": "عين أسردون", "name_fr": "Aïn Asserdoun"},
        {"name_ar": "الصومعة", "name_fr": "Soumaa"},
        {"name_ar": "أمغيلة", "name_fr": "Amghila"},
        {"name_ar": "أولاد حمدان", "name_fr": "Ouled Hamdane"},
    ],
    # Demo data, to be checked by the commune: no douar of Naour is known with enough
    # confidence to list it here.
    "naour": [],
}
