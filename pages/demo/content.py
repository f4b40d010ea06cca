"""Bilingual (English/Khmer) demo content loaded by ``manage.py seed_demo``.

Written in our own words from the public facts of the Cambodian Center for the Protection of Children's
Rights (CCPCR): its Bavet transit centre, Phnom Penh shelter, child clubs, livelihood training and partners.
Every translatable text is a ``{"en": ..., "km": ...}`` dict; body paragraphs are lists of such dicts.
Children appear only by case code (for example "DV 009"): never by name, village or face.
This module is pure data.
"""

import datetime

HOME = {
    "title": {"en": "Home", "km": "ទំព័រដើម"},
    "hero_heading": {
        "en": "Keeping Cambodia's children safe from trafficking and exploitation",
        "km": "ការពារកុមារកម្ពុជាពីការជួញដូរមនុស្ស និងការកេងប្រវ័ញ្ច",
    },
    "hero_text": {
        "en": (
            "Since 1994, CCPCR has stood beside children and families at risk of trafficking, labour exploitation, "
            "domestic violence and unsafe migration. We bring children home, help them recover and return to "
            "school, and give families the means to stay together."
        ),
        "km": (
            "ចាប់តាំងពីឆ្នាំ១៩៩៤មក CCPCR បាននៅក្បែរកុមារ និងគ្រួសារដែលប្រឈមនឹងការជួញដូរមនុស្ស ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម "
            "អំពើហិង្សាក្នុងគ្រួសារ និងការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព។ យើងនាំកុមារត្រឡប់មកផ្ទះវិញ ជួយពួកគេឱ្យជាសះស្បើយ និងបន្តការសិក្សា "
            "ព្រមទាំងផ្ដល់មធ្យោបាយដល់គ្រួសារ ដើម្បីឱ្យពួកគេអាចរស់នៅជុំគ្នាបាន។"
        ),
    },
    "impact": [
        {"figure": "3,150+", "label": {"en": "children helped since 1994", "km": "កុមារបានទទួលជំនួយ ចាប់តាំងពីឆ្នាំ១៩៩៤"}},
        {
            "figure": "30+",
            "label": {"en": "years protecting children's rights in Cambodia", "km": "ឆ្នាំនៃការការពារសិទ្ធិកុមារនៅកម្ពុជា"},
        },
        {
            "figure": "25",
            "label": {
                "en": "children brought home from Vietnam through Bavet in a single return (November 2025)",
                "km": "កុមារត្រូវបាននាំត្រឡប់មកពីប្រទេសវៀតណាមវិញតាមច្រកបាវិត ក្នុងការបញ្ជូនត្រឡប់មកវិញតែមួយលើក (ខែវិច្ឆិកា ឆ្នាំ២០២៥)",
            },
        },
        {
            "figure": "5",
            "label": {
                "en": "provinces represented at our latest chicken and pig raising training",
                "km": "ខេត្តបានចូលរួមក្នុងវគ្គបណ្ដុះបណ្ដាលការចិញ្ចឹមមាន់ និងជ្រូកចុងក្រោយរបស់យើង",
            },
        },
    ],
    "volunteer_cta": {
        "en": "Share your time and skills with child clubs and communities: find a volunteer role that suits you.",
        "km": "ចែករំលែកពេលវេលា និងជំនាញរបស់អ្នកជាមួយក្លឹបកុមារ និងសហគមន៍ ដោយស្វែងរកតួនាទីស្ម័គ្រចិត្តដែលសមស្របនឹងអ្នក។",
    },
    "careers_cta": {
        "en": (
            "Join a committed Cambodian team that helps children return home, recover and learn: see our open "
            "positions."
        ),
        "km": "ចូលរួមជាមួយក្រុមការងារកម្ពុជាដ៏ស្មោះស្ម័គ្រ ដែលជួយកុមារឱ្យត្រឡប់មកផ្ទះវិញ ជាសះស្បើយ និងបានរៀនសូត្រ។ សូមមើលមុខតំណែងដែលកំពុងជ្រើសរើស។",
    },
    "donate_cta": {
        "en": (
            "A gift today can provide school materials, counselling or a family's first chickens: help us keep a "
            "child safe."
        ),
        "km": (
            "ការបរិច្ចាគរបស់អ្នកនៅថ្ងៃនេះ អាចផ្គត់ផ្គង់សម្ភារៈសិក្សា ការប្រឹក្សាផ្លូវចិត្ត ឬមាន់ពូជដំបូងសម្រាប់គ្រួសារមួយ។ សូមជួយយើងរក្សាសុវត្ថិភាពកុមារ។"
        ),
    },
}


ABOUT = {
    "slug": "about",
    "title": {"en": "About CCPCR", "km": "អំពី CCPCR"},
    "intro": {
        "en": (
            "A Cambodian organisation working since 1994 so that every child can grow up safe, in school and free "
            "from exploitation."
        ),
        "km": (
            "អង្គការកម្ពុជាមួយដែលបានធ្វើការតាំងពីឆ្នាំ១៩៩៤ ដើម្បីឱ្យកុមារគ្រប់រូបអាចធំធាត់ប្រកបដោយសុវត្ថិភាព បានទៅសាលារៀន និងរួចផុតពីការកេងប្រវ័ញ្ច។"
        ),
    },
    "body": [
        {
            "en": (
                "The Cambodian Center for the Protection of Children's Rights (CCPCR) is a Cambodian "
                "non-governmental organisation founded in 1994. We work with children who have been trafficked, "
                "exploited for their labour, harmed by violence at home or put at risk by unsafe migration, and "
                "with the families and communities around them."
            ),
            "km": (
                "មជ្ឈមណ្ឌលកម្ពុជាដើម្បីការពារសិទ្ធិកុមារ (CCPCR) គឺជាអង្គការមិនមែនរដ្ឋាភិបាលកម្ពុជា ដែលត្រូវបានបង្កើតឡើងនៅឆ្នាំ១៩៩៤។ "
                "យើងធ្វើការជាមួយកុមារដែលរងគ្រោះដោយការជួញដូរមនុស្ស ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម អំពើហិង្សាក្នុងគ្រួសារ "
                "ឬដែលប្រឈមនឹងហានិភ័យដោយសារការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព ព្រមទាំងធ្វើការជាមួយគ្រួសារ និងសហគមន៍របស់ពួកគេផងដែរ។"
            ),
        },
        {
            "en": (
                "Over three decades, more than 3,150 children have been helped by CCPCR. Most come from poor "
                "families; many have suffered abuse or exploitation, and others were at serious risk of it."
            ),
            "km": (
                "ក្នុងរយៈពេលជាងបីទសវត្សរ៍ កុមារជាង ៣.១៥០ នាក់ បានទទួលជំនួយពី CCPCR។ ពួកគេភាគច្រើនមកពីគ្រួសារក្រីក្រ "
                "ខ្លះបានរងការរំលោភបំពាន ឬការកេងប្រវ័ញ្ច ហើយខ្លះទៀតកំពុងប្រឈមយ៉ាងខ្លាំងនឹងហានិភ័យទាំងនោះ។"
            ),
        },
        {
            "en": (
                "Our work follows a child's whole journey. At the Bavet transit centre on the border with Vietnam "
                "we receive children and adults sent back across the border, give them a safe place to stay, food "
                "and counselling, and help them get home. Our long-term shelter in Phnom Penh gives children who "
                "cannot safely live at home a place to study and grow. In villages we run child clubs, self-help "
                "groups, awareness sessions on risky migration and livelihood training, so that families can earn "
                "a living without sending their children away."
            ),
            "km": (
                "ការងាររបស់យើងគាំទ្រកុមារតាំងពីដំបូងរហូតដល់ចុងបញ្ចប់។ នៅមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្ននៅបាវិត ជាប់ព្រំដែនប្រទេសវៀតណាម "
                "យើងទទួលកុមារ និងមនុស្សពេញវ័យដែលត្រូវបានបញ្ជូនត្រឡប់មកវិញ ផ្ដល់កន្លែងស្នាក់នៅប្រកបដោយសុវត្ថិភាព អាហារ និងការប្រឹក្សាផ្លូវចិត្ត "
                "ហើយជួយពួកគេឱ្យបានត្រឡប់ទៅផ្ទះវិញ។ ជម្រករយៈពេលវែងរបស់យើងនៅរាជធានីភ្នំពេញ ផ្ដល់កន្លែងសិក្សា "
                "និងលូតលាស់ដល់កុមារដែលមិនអាចរស់នៅផ្ទះដោយសុវត្ថិភាព។ នៅតាមភូមិ យើងដំណើរការក្លឹបកុមារ ក្រុមជួយខ្លួនឯង "
                "វគ្គផ្សព្វផ្សាយអំពីហានិភ័យនៃការធ្វើចំណាកស្រុក និងវគ្គបណ្ដុះបណ្ដាលមុខរបរចិញ្ចឹមជីវិត ដើម្បីឱ្យគ្រួសារអាចរកប្រាក់ចំណូលបាន "
                "ដោយមិនចាំបាច់បញ្ជូនកូនទៅឆ្ងាយ។"
            ),
        },
        {
            "en": (
                "We never work alone. Returns through Bavet are coordinated with the Cambodian authorities, the "
                "anti-trafficking police, the Svay Rieng Provincial Department of Social Affairs and partner NGOs. "
                "Our protection and prevention work has been supported by USAID's Cambodia Countering "
                "Trafficking-in-Persons (CTIP) programme, implemented by Winrock International, and by local and "
                "international NGO partners and individual donors."
            ),
            "km": (
                "យើងមិនដែលធ្វើការតែឯងទេ។ ការបញ្ជូនត្រឡប់មកវិញតាមច្រកបាវិត ត្រូវបានសម្របសម្រួលជាមួយអាជ្ញាធរកម្ពុជា "
                "នគរបាលប្រឆាំងការជួញដូរមនុស្ស មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តស្វាយរៀង និងអង្គការដៃគូ។ ការងារការពារ "
                "និងបង្ការរបស់យើង បានទទួលការគាំទ្រពីកម្មវិធីប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្សនៅកម្ពុជា (CTIP) "
                "របស់ទីភ្នាក់ងារសហរដ្ឋអាមេរិកដើម្បីការអភិវឌ្ឍអន្តរជាតិ (USAID) ដែលអនុវត្តដោយអង្គការ Winrock International "
                "ព្រមទាំងពីអង្គការដៃគូក្នុងស្រុក និងអន្តរជាតិ និងសប្បុរសជនផងដែរ។"
            ),
        },
        {
            "en": (
                "Four principles guide us. The best interests of the child come first. Children are heard and take "
                "part in decisions about their lives. Families are supported to care for their own children "
                "wherever that is safe. And we protect every child's privacy and dignity, which is why the "
                "children in our stories are known only by a case code."
            ),
            "km": (
                "គោលការណ៍បួនណែនាំការងាររបស់យើង។ ឧត្តមប្រយោជន៍របស់កុមារត្រូវមកមុនគេ។ កុមារត្រូវបានស្ដាប់ "
                "និងចូលរួមក្នុងការសម្រេចចិត្តពាក់ព័ន្ធនឹងជីវិតរបស់ពួកគេ។ គ្រួសារត្រូវបានគាំទ្រឱ្យថែទាំកូនរបស់ខ្លួនដោយផ្ទាល់ "
                "នៅពេលណាដែលមានសុវត្ថិភាព។ ហើយយើងការពារភាពឯកជន និងសេចក្ដីថ្លៃថ្នូររបស់កុមារគ្រប់រូប ហេតុនេះហើយ "
                "កុមារនៅក្នុងរឿងរ៉ាវរបស់យើង ត្រូវបានហៅតែតាមលេខកូដករណីប៉ុណ្ណោះ។"
            ),
        },
    ],
}


PROGRAMMES = [
    {
        "slug": "protection",
        "title": {"en": "Protection", "km": "ការការពារ"},
        "intro": {
            "en": "Receiving children at the border, keeping them safe and helping them go home.",
            "km": "ទទួលកុមារនៅព្រំដែន ថែរក្សាសុវត្ថិភាពរបស់ពួកគេ និងជួយពួកគេឱ្យបានត្រឡប់ទៅផ្ទះវិញ។",
        },
        "body": [
            {
                "en": (
                    "Cambodian children and adults are regularly sent back from Vietnam after being found begging, "
                    "selling lottery tickets or working without papers. Many have been exploited by brokers, and "
                    "some by their own relatives. CCPCR's transit centre in Bavet, Svay Rieng province, is often "
                    "the first safe place they reach on the Cambodian side of the border."
                ),
                "km": (
                    "កុមារ និងមនុស្សពេញវ័យកម្ពុជា តែងត្រូវបានបញ្ជូនត្រឡប់មកពីប្រទេសវៀតណាមវិញ បន្ទាប់ពីត្រូវបានគេរកឃើញថាកំពុងសុំទាន លក់ឆ្នោត "
                    "ឬធ្វើការដោយគ្មានឯកសារស្របច្បាប់។ ពួកគេជាច្រើនត្រូវបានមេខ្យល់កេងប្រវ័ញ្ច "
                    "ហើយខ្លះទៀតត្រូវបានសាច់ញាតិរបស់ខ្លួនផ្ទាល់កេងប្រវ័ញ្ច។ មណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នរបស់ CCPCR នៅក្រុងបាវិត ខេត្តស្វាយរៀង "
                    "ច្រើនតែជាកន្លែងសុវត្ថិភាពដំបូងគេដែលពួកគេមកដល់ នៅខាងព្រំដែនកម្ពុជា។"
                ),
            },
            {
                "en": (
                    "When the Vietnamese authorities refer a group, we prepare the handover together with the "
                    "Cambodian authorities, the anti-trafficking police and the Svay Rieng Department of Social "
                    "Affairs. On arrival, staff offer each person a bed, meals, first counselling and a private "
                    "screening interview to find out who has been trafficked or abused and what help they need."
                ),
                "km": (
                    "នៅពេលអាជ្ញាធរវៀតណាមបញ្ជូនក្រុមមួយមក យើងរៀបចំការប្រគល់ និងទទួលរួមជាមួយអាជ្ញាធរកម្ពុជា នគរបាលប្រឆាំងការជួញដូរមនុស្ស "
                    "និងមន្ទីរសង្គមកិច្ចខេត្តស្វាយរៀង។ ពេលមកដល់ បុគ្គលិករបស់យើងផ្ដល់ឱ្យម្នាក់ៗនូវកន្លែងសម្រាក អាហារ ការប្រឹក្សាផ្លូវចិត្តដំបូង "
                    "និងការសម្ភាសដោយឡែក ដើម្បីកំណត់អត្តសញ្ញាណជនរងគ្រោះនៃការជួញដូរ ឬការរំលោភបំពាន និងស្វែងយល់ពីជំនួយដែលពួកគេត្រូវការ។"
                ),
            },
            {
                "en": (
                    "Before a child goes home, a social worker contacts the family and the local authorities to "
                    "check that home is safe. We help with travel, and where it is not yet safe we look for "
                    "another option, including a place at our Phnom Penh shelter."
                ),
                "km": (
                    "មុនពេលកុមារម្នាក់ត្រឡប់ទៅផ្ទះវិញ បុគ្គលិកសង្គមកិច្ចទាក់ទងគ្រួសារ និងអាជ្ញាធរមូលដ្ឋាន "
                    "ដើម្បីពិនិត្យថាផ្ទះរបស់កុមារមានសុវត្ថិភាពឬទេ។ យើងជួយលើការធ្វើដំណើរ ហើយប្រសិនបើមិនទាន់មានសុវត្ថិភាពទេ "
                    "យើងស្វែងរកជម្រើសផ្សេង រួមទាំងការស្នាក់នៅក្នុងជម្រករបស់យើងនៅរាជធានីភ្នំពេញ។"
                ),
            },
            {
                "en": (
                    "Each child has a case file and a named social worker who follows up after the return: home "
                    "visits, counselling, help to re-enrol in public school with school materials, and referrals "
                    "to health or legal services. Case files are kept confidential, and children are identified "
                    "only by a case code."
                ),
                "km": (
                    "កុមារម្នាក់ៗមានសំណុំឯកសារករណី និងបុគ្គលិកសង្គមកិច្ចទទួលបន្ទុកផ្ទាល់ម្នាក់ ដែលតាមដានបន្ទាប់ពីការត្រឡប់មកវិញ "
                    "តាមរយៈការចុះសួរសុខទុក្ខតាមផ្ទះ ការប្រឹក្សាផ្លូវចិត្ត ការជួយឱ្យចុះឈ្មោះចូលរៀនឡើងវិញនៅសាលារដ្ឋ ព្រមទាំងសម្ភារៈសិក្សា "
                    "និងការបញ្ជូនទៅសេវាសុខាភិបាល ឬសេវាផ្លូវច្បាប់។ សំណុំឯកសារករណីត្រូវបានរក្សាជាការសម្ងាត់ "
                    "ហើយកុមារត្រូវបានកំណត់អត្តសញ្ញាណតែតាមលេខកូដករណីប៉ុណ្ណោះ។"
                ),
            },
        ],
    },
    {
        "slug": "prevention-and-reintegration",
        "title": {"en": "Prevention and reintegration", "km": "ការបង្ការ និងសមាហរណកម្មឡើងវិញ"},
        "intro": {
            "en": (
                "Helping families earn a living and keep their children in school, so that no one has to take a "
                "risky road across the border."
            ),
            "km": "ជួយគ្រួសារឱ្យមានប្រាក់ចំណូល និងរក្សាកូនៗឱ្យបន្តការសិក្សា ដើម្បីកុំឱ្យនរណាម្នាក់ត្រូវដើរលើផ្លូវប្រកបដោយហានិភ័យឆ្លងកាត់ព្រំដែន។",
        },
        "body": [
            {
                "en": (
                    "Few children leave home to beg abroad because they want to. Debt, the cost of schooling and "
                    "parents who have migrated for work push them out of class and on to the road. Our prevention "
                    "work tackles those causes."
                ),
                "km": (
                    "កម្រមានកុមារណាចាកចេញពីផ្ទះទៅសុំទាននៅបរទេស ដោយឆន្ទៈរបស់ខ្លួនឯងណាស់។ បំណុល ចំណាយលើការសិក្សា "
                    "និងការដែលឪពុកម្ដាយធ្វើចំណាកស្រុកទៅរកការងារ បានរុញច្រានពួកគេឱ្យបោះបង់ការសិក្សា ហើយចេញដំណើរ។ "
                    "ការងារបង្ការរបស់យើងដោះស្រាយមូលហេតុទាំងនេះ។"
                ),
            },
            {
                "en": (
                    "In villages where many people migrate, our team runs awareness sessions with parents, young "
                    "people and local leaders on the risks of irregular migration, how traffickers and brokers "
                    "operate, and where to ask for help. We also set up self-help groups in which families save "
                    "together, lend to each other and support one another."
                ),
                "km": (
                    "នៅតាមភូមិដែលមានប្រជាជនធ្វើចំណាកស្រុកច្រើន ក្រុមការងាររបស់យើងរៀបចំវគ្គផ្សព្វផ្សាយ ជាមួយឪពុកម្ដាយ យុវជន "
                    "និងអ្នកដឹកនាំមូលដ្ឋាន អំពីហានិភ័យនៃការធ្វើចំណាកស្រុកខុសច្បាប់ វិធីដែលជនជួញដូរ និងមេខ្យល់ប្រើ និងកន្លែងដែលអាចស្នើសុំជំនួយបាន។ "
                    "យើងក៏បង្កើតក្រុមជួយខ្លួនឯង ដែលគ្រួសារនានាសន្សំប្រាក់ជាមួយគ្នា ខ្ចីប្រាក់ពីគ្នាទៅវិញទៅមក និងជួយគាំទ្រគ្នា។"
                ),
            },
            {
                "en": (
                    "Families at risk, or whose children have come home from exploitation, can receive practical "
                    "training, such as chicken and pig raising, and a small grant to start a business at home. "
                    "When a family has a steady income, a child no longer has to earn one."
                ),
                "km": (
                    "គ្រួសារដែលប្រឈមនឹងហានិភ័យ ឬគ្រួសារដែលកូនទើបត្រឡប់មកពីការកេងប្រវ័ញ្ចវិញ អាចទទួលបានវគ្គបណ្ដុះបណ្ដាលជំនាញជាក់ស្ដែង "
                    "ដូចជាការចិញ្ចឹមមាន់ និងចិញ្ចឹមជ្រូក ព្រមទាំងទុនឧបត្ថម្ភតិចតួច ដើម្បីចាប់ផ្ដើមមុខរបរខ្នាតតូចនៅផ្ទះ។ "
                    "នៅពេលគ្រួសារមានប្រាក់ចំណូលទៀងទាត់ កុមារមិនចាំបាច់ចេញទៅរកលុយទៀតទេ។"
                ),
            },
            {
                "en": (
                    "Child clubs give children a place to learn about their rights (to life, protection, "
                    "development and participation) and the confidence to speak up at home and at school. We help "
                    "children who have dropped out to enrol again in public school, with books, pens and other "
                    "materials, and we stay in touch with teachers to follow their progress."
                ),
                "km": (
                    "ក្លឹបកុមារផ្ដល់ឱកាសឱ្យកុមាររៀនអំពីសិទ្ធិរបស់ខ្លួន ដូចជាសិទ្ធិរស់រានមានជីវិត សិទ្ធិទទួលបានការការពារ សិទ្ធិអភិវឌ្ឍន៍ និងសិទ្ធិចូលរួម "
                    "ព្រមទាំងផ្ដល់ទំនុកចិត្តឱ្យពួកគេហ៊ានបញ្ចេញមតិនៅផ្ទះ និងនៅសាលារៀន។ យើងជួយកុមារដែលបានបោះបង់ការសិក្សា "
                    "ឱ្យចុះឈ្មោះចូលរៀនឡើងវិញនៅសាលារដ្ឋ ដោយផ្ដល់សៀវភៅ ប៊ិច និងសម្ភារៈសិក្សាផ្សេងៗ ហើយយើងរក្សាទំនាក់ទំនងជាមួយគ្រូបង្រៀន "
                    "ដើម្បីតាមដានការរីកចម្រើនរបស់ពួកគេ។"
                ),
            },
            {
                "en": (
                    "We also bring parents and carers together in parent groups and saving groups and run "
                    "workshops for them, so that the adults around a child share responsibility for keeping that "
                    "child safe."
                ),
                "km": (
                    "យើងក៏ប្រមូលឪពុកម្ដាយ និងអ្នកថែទាំកុមារ ឱ្យចូលរួមក្នុងក្រុមឪពុកម្ដាយ និងក្រុមសន្សំប្រាក់ ព្រមទាំងរៀបចំសិក្ខាសាលាសម្រាប់ពួកគាត់ "
                    "ដើម្បីឱ្យមនុស្សពេញវ័យដែលនៅជុំវិញកុមារ រួមគ្នាទទួលខុសត្រូវលើសុវត្ថិភាពរបស់កុមារ។"
                ),
            },
        ],
    },
    {
        "slug": "shelter",
        "title": {"en": "Long-term shelter", "km": "ជម្រករយៈពេលវែង"},
        "intro": {
            "en": (
                "A safe home in Phnom Penh where children who cannot live with their families can study, heal and grow."
            ),
            "km": "ផ្ទះប្រកបដោយសុវត្ថិភាពមួយនៅរាជធានីភ្នំពេញ ដែលកុមារមិនអាចរស់នៅជាមួយគ្រួសារបាន អាចសិក្សា ជាសះស្បើយ និងលូតលាស់។",
        },
        "body": [
            {
                "en": (
                    "Some children cannot go straight home. Home may be where the violence happened, or the family "
                    "may be too poor to feed them and keep them in school. For these children CCPCR runs a "
                    "long-term shelter in Phnom Penh."
                ),
                "km": (
                    "កុមារខ្លះមិនអាចត្រឡប់ទៅផ្ទះភ្លាមៗបានទេ។ ផ្ទះអាចជាកន្លែងដែលអំពើហិង្សាបានកើតឡើង ឬគ្រួសារអាចក្រីក្រពេក "
                    "មិនអាចផ្គត់ផ្គង់អាហារ និងការសិក្សាដល់ពួកគេបាន។ សម្រាប់កុមារទាំងនេះ CCPCR "
                    "ដំណើរការជម្រករយៈពេលវែងមួយនៅរាជធានីភ្នំពេញ។"
                ),
            },
            {
                "en": (
                    "A child comes to the shelter only after our social workers have visited the family and "
                    "assessed the situation, often several times. The aim is always the child's best interests, "
                    "and the family remains part of the child's life wherever that is safe."
                ),
                "km": (
                    "កុមារម្នាក់ចូលស្នាក់នៅក្នុងជម្រក លុះត្រាតែបុគ្គលិកសង្គមកិច្ចរបស់យើង បានចុះសួរសុខទុក្ខគ្រួសារ និងវាយតម្លៃស្ថានភាព "
                    "ដែលជារឿយៗធ្វើឡើងច្រើនដង។ គោលបំណងគឺឧត្តមប្រយោជន៍របស់កុមារជានិច្ច ហើយគ្រួសារនៅតែជាផ្នែកមួយនៃជីវិតរបស់កុមារ "
                    "នៅពេលណាដែលមានសុវត្ថិភាព។"
                ),
            },
            {
                "en": (
                    "Children at the shelter attend nearby public schools. We provide what school requires, such "
                    "as books, pens and a bicycle to get there, as well as clothes, daily necessities, meals and a "
                    "quiet place to do homework. Our staff look after them every day."
                ),
                "km": (
                    "កុមារនៅក្នុងជម្រកទៅរៀននៅសាលារដ្ឋក្បែរនោះ។ យើងផ្ដល់អ្វីៗដែលចាំបាច់សម្រាប់ការសិក្សា ដូចជាសៀវភៅ ប៊ិច "
                    "និងកង់សម្រាប់ជិះទៅសាលា ព្រមទាំងសម្លៀកបំពាក់ សម្ភារៈប្រើប្រាស់ប្រចាំថ្ងៃ អាហារ និងកន្លែងស្ងប់ស្ងាត់សម្រាប់ធ្វើកិច្ចការផ្ទះ។ "
                    "បុគ្គលិករបស់យើងមើលថែពួកគេជារៀងរាល់ថ្ងៃ។"
                ),
            },
            {
                "en": (
                    "Care goes beyond schooling. Counselling helps children work through what they have lived, and "
                    "older children are supported to choose further study or vocational training. Some have "
                    "finished high school at the shelter and are now preparing for university."
                ),
                "km": (
                    "ការថែទាំមិនត្រឹមតែការសិក្សាប៉ុណ្ណោះទេ។ ការប្រឹក្សាផ្លូវចិត្តជួយកុមារឱ្យឆ្លងកាត់បទពិសោធន៍ដែលពួកគេបានជួបប្រទះ "
                    "ហើយកុមារធំៗទទួលបានការគាំទ្រក្នុងការជ្រើសរើសការសិក្សាបន្ត ឬវគ្គបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ។ កុមារខ្លះបានរៀនចប់វិទ្យាល័យ "
                    "ខណៈពេលរស់នៅក្នុងជម្រក ហើយឥឡូវកំពុងត្រៀមខ្លួនចូលរៀននៅសាកលវិទ្យាល័យ។"
                ),
            },
            {
                "en": (
                    "The shelter depends on the generosity of local and international NGO partners and individual "
                    "donors, who cover school materials, daily care and skills training."
                ),
                "km": (
                    "ជម្រកនេះពឹងផ្អែកលើសទ្ធាជ្រះថ្លារបស់អង្គការដៃគូក្នុងស្រុក និងអន្តរជាតិ និងសប្បុរសជន ដែលជួយចំណាយលើសម្ភារៈសិក្សា "
                    "ការថែទាំប្រចាំថ្ងៃ និងការបណ្ដុះបណ្ដាលជំនាញ។"
                ),
            },
        ],
    },
]


NEWS_CATEGORIES = [
    {"slug": "repatriation", "name": {"en": "Repatriation", "km": "ការធ្វើមាតុភូមិនិវត្តន៍"}},
    {"slug": "child-clubs", "name": {"en": "Child clubs", "km": "ក្លឹបកុមារ"}},
    {"slug": "livelihoods", "name": {"en": "Livelihoods", "km": "មុខរបរចិញ្ចឹមជីវិត"}},
    {"slug": "shelter", "name": {"en": "Shelter", "km": "ជម្រក"}},
]


NEWS = [
    {
        "slug": "partners-meet-to-strengthen-cross-border-referrals",
        "date": datetime.date(2026, 1, 22),
        "category": "repatriation",
        "tags": ["coordination", "svay-rieng", "bavet"],
        "title": {
            "en": "Partners meet in Svay Rieng to strengthen cross-border referrals",
            "km": "ដៃគូជួបប្រជុំគ្នានៅខេត្តស្វាយរៀង ដើម្បីពង្រឹងការបញ្ជូនករណីឆ្លងដែន",
        },
        "intro": {
            "en": (
                "CCPCR, provincial social affairs officials, the anti-trafficking police and NGO partners reviewed "
                "how children returned through Bavet are received and followed up."
            ),
            "km": (
                "CCPCR មន្ត្រីមន្ទីរសង្គមកិច្ចខេត្ត នគរបាលប្រឆាំងការជួញដូរមនុស្ស និងអង្គការដៃគូ បានពិនិត្យឡើងវិញនូវរបៀបទទួល "
                "និងតាមដានកុមារដែលត្រូវបានបញ្ជូនត្រឡប់មកវិញតាមច្រកបាវិត។"
            ),
        },
        "image_caption": {
            "en": "Representatives of the authorities and partner organisations around the meeting table in Svay Rieng",
            "km": "តំណាងអាជ្ញាធរ និងអង្គការដៃគូ អង្គុយជុំវិញតុប្រជុំនៅខេត្តស្វាយរៀង",
        },
        "body": [
            {
                "en": (
                    "Following the return of 33 people from Long An province in November, CCPCR invited its "
                    "partners in Svay Rieng to look back at the operation and agree on improvements for future "
                    "returns."
                ),
                "km": (
                    "បន្ទាប់ពីការបញ្ជូនមនុស្ស ៣៣ នាក់ត្រឡប់មកពីខេត្តឡុងអានវិញ នៅខែវិច្ឆិកា CCPCR បានអញ្ជើញដៃគូរបស់ខ្លួននៅខេត្តស្វាយរៀង "
                    "មកពិនិត្យឡើងវិញនូវប្រតិបត្តិការនោះ និងឯកភាពលើចំណុចដែលត្រូវកែលម្អ សម្រាប់ការបញ្ជូនត្រឡប់មកវិញនាពេលខាងមុខ។"
                ),
            },
            {
                "en": (
                    "Participants included officials of the Svay Rieng Provincial Department of Social Affairs, "
                    "the anti-trafficking police, local authorities from Bavet City and staff of partner NGOs. "
                    "Together they walked through each step, from the referral by the Vietnamese authorities to "
                    "the moment a child arrives back in their home village."
                ),
                "km": (
                    "អ្នកចូលរួមរួមមាន មន្ត្រីមន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តស្វាយរៀង នគរបាលប្រឆាំងការជួញដូរមនុស្ស "
                    "អាជ្ញាធរមូលដ្ឋានក្រុងបាវិត និងបុគ្គលិកអង្គការដៃគូ។ ពួកគេបានពិនិត្យរួមគ្នាលើជំហាននីមួយៗ "
                    "ចាប់តាំងពីការបញ្ជូនករណីដោយអាជ្ញាធរវៀតណាម រហូតដល់ពេលដែលកុមារត្រឡប់ដល់ភូមិកំណើតវិញ។"
                ),
            },
            {
                "en": (
                    "The group agreed that families should be contacted before a child leaves the transit centre, "
                    "that screening interviews should always take place in private and in a child-friendly way, "
                    "and that every returned child should receive a follow-up visit within the first month at home."
                ),
                "km": (
                    "ក្រុមបានឯកភាពថា គ្រួសារគួរតែត្រូវបានទាក់ទង មុនពេលកុមារចាកចេញពីមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្ន "
                    "ការសម្ភាសកំណត់អត្តសញ្ញាណគួរតែធ្វើឡើងដោយឡែក និងតាមរបៀបដែលស័ក្តិសមសម្រាប់កុមារជានិច្ច ហើយកុមារដែលត្រឡប់មកវិញគ្រប់រូប "
                    "គួរតែទទួលបានការចុះសួរសុខទុក្ខតាមដាន ក្នុងខែដំបូងនៃការនៅផ្ទះ។"
                ),
            },
            {
                "en": (
                    "Participants also discussed how to link returned families more quickly to livelihood support "
                    "and school enrolment, since poverty and debt are what drive most children across the border "
                    "in the first place."
                ),
                "km": (
                    "អ្នកចូលរួមក៏បានពិភាក្សាអំពីរបៀបភ្ជាប់គ្រួសារដែលត្រឡប់មកវិញ ទៅនឹងជំនួយមុខរបរចិញ្ចឹមជីវិត និងការចុះឈ្មោះចូលរៀន "
                    "ឱ្យបានលឿនជាងមុន ព្រោះភាពក្រីក្រ និងបំណុល គឺជាមូលហេតុចម្បងដែលរុញច្រានកុមារភាគច្រើនឱ្យឆ្លងព្រំដែន។"
                ),
            },
            {
                "en": "CCPCR thanks all partners for their time and for the trust that keeps these returns safe.",
                "km": (
                    "CCPCR សូមថ្លែងអំណរគុណដល់ដៃគូទាំងអស់ ចំពោះការចំណាយពេលវេលា "
                    "និងទំនុកចិត្តដែលធ្វើឱ្យការបញ្ជូនត្រឡប់មកវិញទាំងនេះប្រកបដោយសុវត្ថិភាព។"
                ),
            },
        ],
    },
    {
        "slug": "village-sessions-on-safe-migration",
        "date": datetime.date(2025, 12, 9),
        "category": "livelihoods",
        "tags": ["safe-migration", "self-help-groups", "awareness"],
        "title": {
            "en": "Village sessions help families weigh the risks of migration",
            "km": "វគ្គផ្សព្វផ្សាយតាមភូមិ ជួយគ្រួសារឱ្យយល់ពីហានិភ័យនៃការធ្វើចំណាកស្រុក",
        },
        "intro": {
            "en": (
                "Through self-help groups, parents and young people in Svay Rieng learned how trafficking happens "
                "and where to turn before anyone sets off."
            ),
            "km": (
                "តាមរយៈក្រុមជួយខ្លួនឯង ឪពុកម្ដាយ និងយុវជននៅខេត្តស្វាយរៀង បានស្វែងយល់ពីរបៀបដែលការជួញដូរមនុស្សកើតឡើង "
                "និងកន្លែងដែលត្រូវស្វែងរកជំនួយ មុនពេលនរណាម្នាក់ចេញដំណើរ។"
            ),
        },
        "image_caption": {
            "en": "Parents listen to a CCPCR facilitator during a session on safe migration",
            "km": "ឪពុកម្ដាយស្ដាប់អ្នកសម្របសម្រួលរបស់ CCPCR ក្នុងវគ្គផ្សព្វផ្សាយអំពីការធ្វើចំណាកស្រុកប្រកបដោយសុវត្ថិភាព",
        },
        "body": [
            {
                "en": (
                    "In many border villages, going to Vietnam to sell lottery tickets or beg can look like a "
                    "quick answer to debt. CCPCR's awareness sessions set out to show what that road really looks "
                    "like."
                ),
                "km": (
                    "នៅតាមភូមិជាប់ព្រំដែនជាច្រើន ការទៅលក់ឆ្នោត ឬសុំទាននៅប្រទេសវៀតណាម អាចមើលទៅដូចជាដំណោះស្រាយរហ័សចំពោះបំណុល។ "
                    "វគ្គផ្សព្វផ្សាយរបស់ CCPCR មានគោលបំណងបង្ហាញពីការពិតនៃផ្លូវនោះ។"
                ),
            },
            {
                "en": (
                    "Facilitators shared what returned children have told our staff: long days walking the "
                    "streets, nights sleeping wherever they could, fear of the police, and often weeks in "
                    "detention before being sent home. Parents discussed how brokers approach families and the "
                    "promises they make."
                ),
                "km": (
                    "អ្នកសម្របសម្រួលបានចែករំលែកនូវអ្វីដែលកុមារដែលត្រឡប់មកវិញ បានប្រាប់បុគ្គលិករបស់យើង៖ ការដើរតាមផ្លូវពេញមួយថ្ងៃ "
                    "ការដេកនៅកន្លែងណាក៏បានពេលយប់ ការភ័យខ្លាចប៉ូលិស ហើយជារឿយៗការជាប់ឃុំខ្លួនរាប់សប្ដាហ៍ មុនពេលត្រូវបានបញ្ជូនមកផ្ទះវិញ។ "
                    "ឪពុកម្ដាយបានពិភាក្សាអំពីរបៀបដែលមេខ្យល់ចូលមកទាក់ទងគ្រួសារ និងការសន្យាដែលពួកគេផ្ដល់ឱ្យ។"
                ),
            },
            {
                "en": (
                    "Young people learned the difference between migrating with proper documents and a known "
                    "employer and leaving with a broker, and were given the phone numbers of local authorities and "
                    "helplines to call if they or a friend are in danger."
                ),
                "km": (
                    "យុវជនបានរៀនពីភាពខុសគ្នារវាងការធ្វើចំណាកស្រុកដោយមានឯកសារត្រឹមត្រូវ និងនិយោជកដែលគេស្គាល់ច្បាស់ "
                    "និងការចេញដំណើរជាមួយមេខ្យល់ ហើយបានទទួលលេខទូរស័ព្ទរបស់អាជ្ញាធរមូលដ្ឋាន និងខ្សែទូរស័ព្ទជំនួយ សម្រាប់ទាក់ទងប្រសិនបើខ្លួនឯង "
                    "ឬមិត្តភក្តិស្ថិតក្នុងគ្រោះថ្នាក់។"
                ),
            },
            {
                "en": (
                    "The sessions were run through the self-help groups that CCPCR has set up with families at "
                    "risk. Members save small amounts each month and can borrow in an emergency, so one bad "
                    "harvest or hospital bill no longer has to send a child across the border."
                ),
                "km": (
                    "វគ្គទាំងនេះត្រូវបានរៀបចំតាមរយៈក្រុមជួយខ្លួនឯង ដែល CCPCR បានបង្កើតឡើងជាមួយគ្រួសារងាយរងគ្រោះ។ "
                    "សមាជិកសន្សំប្រាក់បន្តិចបន្តួចជារៀងរាល់ខែ ហើយអាចខ្ចីប្រាក់ពេលមានអាសន្ន ដូច្នេះការខូចដំណាំមួយរដូវ "
                    "ឬថ្លៃព្យាបាលនៅមន្ទីរពេទ្យ មិនចាំបាច់ធ្វើឱ្យកុមារត្រូវឆ្លងព្រំដែនទៀតទេ។"
                ),
            },
            {
                "en": (
                    "One mother said she now knows to ask questions before trusting anyone who offers work abroad, "
                    "and that she will pass on what she learned to her neighbours."
                ),
                "km": (
                    "ម្ដាយម្នាក់បាននិយាយថា ឥឡូវនេះគាត់ដឹងថាត្រូវសួរឱ្យបានច្បាស់ មុននឹងជឿទុកចិត្តលើនរណាម្នាក់ដែលផ្ដល់ការងារនៅបរទេស "
                    "ហើយគាត់នឹងចែករំលែកអ្វីដែលបានរៀនជាមួយអ្នកជិតខាង។"
                ),
            },
        ],
    },
    {
        "slug": "33-people-return-from-vietnam",
        "date": datetime.date(2023, 11, 4),
        "category": "repatriation",
        "tags": ["repatriation", "bavet", "vietnam"],
        "title": {
            "en": "33 people, including 25 children, return safely from Vietnam",
            "km": "មនុស្ស ៣៣ នាក់ រួមទាំងកុមារ ២៥ នាក់ ត្រឡប់មកពីប្រទេសវៀតណាមវិញដោយសុវត្ថិភាព",
        },
        "intro": {
            "en": (
                "Referred by the Vietnamese authorities from Long An province, the group was received at CCPCR's "
                "Bavet transit centre in a joint operation with the Cambodian authorities and partners."
            ),
            "km": (
                "ក្រុមនេះត្រូវបានអាជ្ញាធរវៀតណាមបញ្ជូនមកពីខេត្តឡុងអាន ហើយត្រូវបានទទួលនៅមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នរបស់ CCPCR នៅបាវិត "
                "ក្នុងប្រតិបត្តិការរួមគ្នាជាមួយអាជ្ញាធរកម្ពុជា និងដៃគូ។"
            ),
        },
        "image_caption": {
            "en": "Staff welcome returnees at the Bavet transit centre",
            "km": "បុគ្គលិកស្វាគមន៍អ្នកត្រឡប់មកវិញ នៅមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នបាវិត",
        },
        "body": [
            {
                "en": (
                    "On 4 November 2025, 33 Cambodians, 25 of them children (14 girls), came home from Long An "
                    "province in Vietnam. CCPCR, a partner of USAID's Cambodia Countering Trafficking-in-Persons "
                    "(CTIP) programme, organised the return through Bavet City with the Cambodian authorities, the "
                    "anti-trafficking police, the Svay Rieng Department of Social Affairs and partner NGOs."
                ),
                "km": (
                    "នៅថ្ងៃទី៤ ខែវិច្ឆិកា ឆ្នាំ២០២៥ ប្រជាជនកម្ពុជាចំនួន ៣៣ នាក់ ក្នុងនោះមានកុមារ ២៥ នាក់ (ស្រី ១៤ នាក់) "
                    "បានត្រឡប់មកពីខេត្តឡុងអាន ប្រទេសវៀតណាមវិញ។ CCPCR ដែលជាដៃគូរបស់កម្មវិធីប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្សនៅកម្ពុជា (CTIP) "
                    "របស់ USAID បានរៀបចំការបញ្ជូនត្រឡប់មកវិញនេះតាមច្រកក្រុងបាវិត ជាមួយអាជ្ញាធរកម្ពុជា នគរបាលប្រឆាំងការជួញដូរមនុស្ស "
                    "មន្ទីរសង្គមកិច្ចខេត្តស្វាយរៀង និងអង្គការដៃគូ។"
                ),
            },
            {
                "en": (
                    "At the transit centre the group was met by Cambodian officials. CCPCR arranged a place to "
                    "rest, meals and counselling, then interviewed each person using a screening form. Some were "
                    "helped with the journey back to their home provinces."
                ),
                "km": (
                    "នៅមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្ន ក្រុមនេះត្រូវបានមន្ត្រីកម្ពុជាទទួលស្វាគមន៍។ CCPCR បានរៀបចំកន្លែងសម្រាក អាហារ "
                    "និងការប្រឹក្សាផ្លូវចិត្ត បន្ទាប់មកបានសម្ភាសម្នាក់ៗតាមទម្រង់កំណត់អត្តសញ្ញាណ។ "
                    "អ្នកខ្លះបានទទួលជំនួយលើការធ្វើដំណើរត្រឡប់ទៅខេត្តកំណើតវិញ។"
                ),
            },
            {
                "en": (
                    "The interviews showed that all 25 children were victims of labour trafficking: parents, "
                    "relatives or brokers had sent them to beg and sell lottery tickets. The eight adults had "
                    "suffered abuse as migrants. Because they had crossed without papers, the whole group had been "
                    "held by the Vietnamese authorities for around two months before the handover."
                ),
                "km": (
                    "លទ្ធផលសម្ភាសបានបង្ហាញថា កុមារទាំង ២៥ នាក់ សុទ្ធតែជាជនរងគ្រោះនៃការជួញដូរមនុស្ស ដើម្បីកេងប្រវ័ញ្ចកម្លាំងពលកម្ម "
                    "ដោយឪពុកម្ដាយ សាច់ញាតិ ឬមេខ្យល់ បានបញ្ជូនពួកគេទៅសុំទាន និងលក់ឆ្នោត។ មនុស្សពេញវ័យ ៨ នាក់ទៀត "
                    "គឺជាជនរងគ្រោះនៃការរំលោភបំពានលើជនចំណាកស្រុក។ ដោយសារពួកគេឆ្លងដែនដោយគ្មានឯកសារស្របច្បាប់ "
                    "ក្រុមទាំងមូលត្រូវបានអាជ្ញាធរវៀតណាមឃុំខ្លួនប្រមាណពីរខែ មុនពេលប្រគល់មកកម្ពុជាវិញ។"
                ),
            },
            {
                "en": (
                    "Everyone described the same pressures: a poor household, debts to repay and no money for "
                    "school. One girl explained that she went with neighbours because her family owed money and "
                    "she could not afford school supplies; she was frightened walking the streets and sleeping "
                    "away from home, and ran whenever she saw the police. A boy on his first trip said he had not "
                    "believed he would get home safely, and that he now wants to go back to school and will refuse "
                    "to return to Vietnam even if he is pushed to."
                ),
                "km": (
                    "ពួកគេទាំងអស់បានរៀបរាប់ពីសម្ពាធដូចៗគ្នា៖ គ្រួសារក្រីក្រ បំណុលដែលត្រូវសង និងគ្មានលុយសម្រាប់ការសិក្សា។ "
                    "ក្មេងស្រីម្នាក់បានពន្យល់ថា នាងបានទៅជាមួយអ្នកជិតខាង ដោយសារគ្រួសាររបស់នាងជំពាក់បំណុល ហើយនាងគ្មានលុយទិញសម្ភារៈសិក្សា។ "
                    "នាងភ័យខ្លាចពេលដើរតាមផ្លូវ និងដេកឆ្ងាយពីផ្ទះ ហើយត្រូវរត់គេចរាល់ពេលឃើញប៉ូលិស។ ក្មេងប្រុសម្នាក់ដែលទើបទៅជាលើកដំបូង "
                    "បាននិយាយថា ខ្លួនមិនដែលគិតថានឹងបានត្រឡប់មកផ្ទះវិញដោយសុវត្ថិភាពទេ ហើយឥឡូវនេះខ្លួនចង់ត្រឡប់ទៅរៀនវិញ "
                    "និងនឹងមិនទៅប្រទេសវៀតណាមទៀតឡើយ ទោះបីត្រូវគេបង្ខំក៏ដោយ។"
                ),
            },
            {
                "en": (
                    "Once their papers had been processed, CCPCR reunited the children with their families in "
                    "their home communities. The follow-up plan includes counselling, enrolment in public school "
                    "with school materials and, for adults, skills training and a small business grant, so that no "
                    "one feels forced to make the same journey again."
                ),
                "km": (
                    "បន្ទាប់ពីឯកសាររបស់ពួកគេត្រូវបានរៀបចំរួចរាល់ CCPCR បានធ្វើសមាហរណកម្មកុមារទៅក្នុងសហគមន៍ "
                    "ដើម្បីរស់នៅជាមួយគ្រួសាររបស់ខ្លួនវិញ។ ផែនការតាមដានរួមមាន ការប្រឹក្សាផ្លូវចិត្ត ការចុះឈ្មោះចូលរៀននៅសាលារដ្ឋ "
                    "ព្រមទាំងសម្ភារៈសិក្សា ហើយសម្រាប់មនុស្សពេញវ័យ គឺវគ្គបណ្ដុះបណ្ដាលជំនាញ និងទុនឧបត្ថម្ភសម្រាប់មុខរបរខ្នាតតូច "
                    "ដើម្បីកុំឱ្យនរណាម្នាក់មានអារម្មណ៍ថាត្រូវបង្ខំចិត្តធ្វើដំណើរបែបនេះម្ដងទៀត។"
                ),
            },
            {
                "en": (
                    "With support from CTIP, implemented by Winrock International, CCPCR works with victims, their "
                    "families and vulnerable households through its protection and prevention programmes, "
                    "combining basic assistance, grants for home businesses, awareness raising on the risks of "
                    "migration and trafficking, and self-help groups."
                ),
                "km": (
                    "ដោយមានការគាំទ្រពីកម្មវិធី CTIP ដែលអនុវត្តដោយអង្គការ Winrock International CCPCR ធ្វើការជាមួយជនរងគ្រោះ "
                    "គ្រួសាររបស់ពួកគេ និងគ្រួសារងាយរងគ្រោះ តាមរយៈកម្មវិធីការពារ និងបង្ការ ដោយរួមបញ្ចូលជំនួយមូលដ្ឋាន "
                    "ទុនឧបត្ថម្ភសម្រាប់មុខរបរនៅផ្ទះ ការផ្សព្វផ្សាយអំពីហានិភ័យនៃការធ្វើចំណាកស្រុក និងការជួញដូរមនុស្ស និងក្រុមជួយខ្លួនឯង។"
                ),
            },
        ],
    },
    {
        "slug": "chicken-and-pig-raising-training",
        "date": datetime.date(2024, 2, 28),
        "category": "livelihoods",
        "tags": ["livelihoods", "training", "agriculture"],
        "title": {
            "en": "Livelihood training: 33 participants learn better chicken and pig raising",
            "km": "វគ្គបណ្ដុះបណ្ដាលមុខរបរ៖ អ្នកចូលរួម ៣៣ នាក់ រៀនបច្ចេកទេសចិញ្ចឹមមាន់ និងជ្រូក",
        },
        "intro": {
            "en": (
                "From 26 to 28 August, beneficiaries from five provinces learned how to keep animals healthy and "
                "productive, so that their families can earn more at home."
            ),
            "km": (
                "ចាប់ពីថ្ងៃទី២៦ ដល់ថ្ងៃទី២៨ ខែសីហា អ្នកទទួលផលមកពីខេត្តចំនួន ៥ បានរៀនពីរបៀបថែទាំសត្វឱ្យមានសុខភាពល្អ និងផ្ដល់ទិន្នផលខ្ពស់ "
                "ដើម្បីឱ្យគ្រួសាររបស់ពួកគេអាចរកប្រាក់ចំណូលបានច្រើនជាងមុននៅផ្ទះ។"
            ),
        },
        "image_caption": {
            "en": "Participants practise preparing animal feed during the training",
            "km": "អ្នកចូលរួមអនុវត្តការរៀបចំចំណីសត្វ ក្នុងអំឡុងវគ្គបណ្ដុះបណ្ដាល",
        },
        "body": [
            {
                "en": (
                    "CCPCR held a three-day training on chicken and pig raising from 26 to 28 August 2025, with "
                    "cooperation and support from USAID through Winrock International."
                ),
                "km": (
                    "CCPCR បានរៀបចំវគ្គបណ្ដុះបណ្ដាលរយៈពេលបីថ្ងៃ ស្ដីពីការចិញ្ចឹមមាន់ និងជ្រូក ចាប់ពីថ្ងៃទី២៦ ដល់ថ្ងៃទី២៨ ខែសីហា ឆ្នាំ២០២៥ "
                    "ដោយមានកិច្ចសហការ និងការគាំទ្រពី USAID តាមរយៈអង្គការ Winrock International។"
                ),
            },
            {
                "en": (
                    "The 33 participants are CCPCR beneficiaries from Svay Rieng, Kampong Speu, Prey Veng, Tboung "
                    "Khmum and Mondulkiri provinces. All of them live in hardship, and many households face the "
                    "risk of migration or of falling victim to trafficking."
                ),
                "km": (
                    "អ្នកចូលរួមទាំង ៣៣ នាក់ គឺជាអ្នកទទួលផលរបស់ CCPCR មកពីខេត្តស្វាយរៀង កំពង់ស្ពឺ ព្រៃវែង ត្បូងឃ្មុំ និងមណ្ឌលគិរី។ "
                    "ពួកគេទាំងអស់រស់នៅក្នុងជីវភាពលំបាក ហើយគ្រួសារជាច្រើនប្រឈមនឹងហានិភ័យនៃការធ្វើចំណាកស្រុក "
                    "ឬការធ្លាក់ខ្លួនជាជនរងគ្រោះនៃការជួញដូរមនុស្ស។"
                ),
            },
            {
                "en": (
                    "Until now most of them have raised animals in the traditional way. Disease spreads easily and "
                    "yields stay low, which leaves families short of money. CCPCR's team designed the course to "
                    "bring practical new knowledge that can make a real difference to a household's income."
                ),
                "km": (
                    "កន្លងមក ពួកគេភាគច្រើនចិញ្ចឹមសត្វតាមបែបប្រពៃណី។ ជំងឺឆ្លងរាលដាលបានយ៉ាងងាយ ហើយទិន្នផលនៅតែទាប "
                    "ដែលធ្វើឱ្យគ្រួសារខ្វះខាតប្រាក់ចំណូល។ ក្រុមការងាររបស់ CCPCR បានរៀបចំវគ្គនេះឡើង "
                    "ដើម្បីផ្ដល់ចំណេះដឹងថ្មីៗដែលអាចអនុវត្តបាន និងអាចផ្លាស់ប្ដូរប្រាក់ចំណូលរបស់គ្រួសារបានពិតប្រាកដ។"
                ),
            },
            {
                "en": (
                    "Over the three days, participants covered housing and hygiene for animals, feeding with local "
                    "ingredients, vaccination and spotting common diseases early, and simple record-keeping to "
                    "track costs and sales."
                ),
                "km": (
                    "ក្នុងរយៈពេលបីថ្ងៃ អ្នកចូលរួមបានសិក្សាអំពីការរៀបចំទ្រុង និងអនាម័យសត្វ ការផ្ដល់ចំណីដោយប្រើវត្ថុធាតុដើមក្នុងស្រុក "
                    "ការចាក់វ៉ាក់សាំង និងការសម្គាល់ជំងឺទូទៅឱ្យបានឆាប់ ព្រមទាំងការកត់ត្រាសាមញ្ញ ដើម្បីតាមដានការចំណាយ និងការលក់។"
                ),
            },
            {
                "en": (
                    "After the training, participants can apply for a small grant to start or expand animal "
                    "raising at home. A more stable income means parents can keep their children in school rather "
                    "than sending them away to earn money, and the whole family is less likely to migrate."
                ),
                "km": (
                    "បន្ទាប់ពីវគ្គបណ្ដុះបណ្ដាល អ្នកចូលរួមអាចស្នើសុំទុនឧបត្ថម្ភតិចតួច ដើម្បីចាប់ផ្ដើម ឬពង្រីកការចិញ្ចឹមសត្វនៅផ្ទះ។ "
                    "ប្រាក់ចំណូលដែលមានស្ថិរភាពជាងមុន មានន័យថាឪពុកម្ដាយអាចឱ្យកូនបន្តការសិក្សា ជាជាងបញ្ជូនពួកគេទៅរកលុយនៅឆ្ងាយ "
                    "ហើយគ្រួសារទាំងមូលក៏មិនសូវចាំបាច់ធ្វើចំណាកស្រុកដែរ។"
                ),
            },
        ],
    },
    {
        "slug": "kampong-thom-child-club",
        "date": datetime.date(2025, 6, 17),
        "category": "child-clubs",
        "tags": ["child-clubs", "kampong-thom", "childrens-rights"],
        "title": {
            "en": "Kampong Thom child club members stand up for their rights",
            "km": "សមាជិកក្លឹបកុមារនៅខេត្តកំពង់ធំ ហ៊ានតស៊ូការពារសិទ្ធិរបស់ខ្លួន",
        },
        "intro": {
            "en": (
                "In a province where many parents leave to find work, a CCPCR-supported child club is helping "
                "children understand their rights, stay in school and speak up."
            ),
            "km": (
                "នៅក្នុងខេត្តមួយដែលឪពុកម្ដាយជាច្រើនចាកចេញទៅរកការងារធ្វើ ក្លឹបកុមារដែលទទួលការគាំទ្រពី CCPCR "
                "កំពុងជួយកុមារឱ្យយល់ពីសិទ្ធិរបស់ខ្លួន បន្តការសិក្សា និងហ៊ានបញ្ចេញមតិ។"
            ),
        },
        "image_caption": {
            "en": "Child club members, photographed from behind, gather under a tree in Kampong Thom",
            "km": "សមាជិកក្លឹបកុមារ (ថតពីខាងក្រោយ) ជួបជុំគ្នានៅក្រោមដើមឈើមួយ នៅខេត្តកំពង់ធំ",
        },
        "body": [
            {
                "en": (
                    "Kampong Thom is a largely rural province where many families are very poor. Parents often "
                    "migrate to Phnom Penh or abroad, and the children left behind are exposed to child labour, "
                    "violence at home, missed schooling, poor hygiene and trafficking."
                ),
                "km": (
                    "ខេត្តកំពង់ធំ ភាគច្រើនជាតំបន់ជនបទ ដែលគ្រួសារជាច្រើនរស់នៅក្នុងភាពក្រីក្រខ្លាំង។ "
                    "ឪពុកម្ដាយច្រើនតែធ្វើចំណាកស្រុកទៅរាជធានីភ្នំពេញ ឬទៅបរទេស ហើយកុមារដែលនៅសល់ ងាយប្រឈមនឹងពលកម្មកុមារ "
                    "អំពើហិង្សាក្នុងគ្រួសារ ការបោះបង់ការសិក្សា អនាម័យមិនល្អ និងការជួញដូរមនុស្ស។"
                ),
            },
            {
                "en": (
                    "A primary school teacher told us about a girl who often cries when she thinks of her mother, "
                    "who went abroad for work and has not been in touch since. Stories like hers are common."
                ),
                "km": (
                    "គ្រូបង្រៀនបឋមសិក្សាម្នាក់ បានប្រាប់យើងអំពីក្មេងស្រីម្នាក់ ដែលតែងតែយំនៅពេលនឹកម្ដាយ ដែលបានទៅធ្វើការនៅបរទេស "
                    "ហើយមិនបានទាក់ទងមកវិញសោះតាំងពីពេលនោះមក។ រឿងរ៉ាវដូចនេះកើតមានជាញឹកញាប់។"
                ),
            },
            {
                "en": (
                    "Through the child club, run by CCPCR together with local teachers, children learn about their "
                    "rights and why education matters. Asked what children's rights are, one member listed the "
                    "right to life, to protection, to take part and to grow up with an education."
                ),
                "km": (
                    "តាមរយៈក្លឹបកុមារ ដែលដំណើរការរួមគ្នារវាង CCPCR និងគ្រូបង្រៀនក្នុងមូលដ្ឋាន កុមាររៀនអំពីសិទ្ធិរបស់ខ្លួន "
                    "និងសារៈសំខាន់នៃការអប់រំ។ ពេលត្រូវបានសួរថា តើសិទ្ធិកុមារជាអ្វី សមាជិកម្នាក់បានរៀបរាប់ពីសិទ្ធិរស់រានមានជីវិត "
                    "សិទ្ធិទទួលបានការការពារ សិទ្ធិចូលរួម និងសិទ្ធិលូតលាស់ដោយទទួលបានការអប់រំ។"
                ),
            },
            {
                "en": (
                    "Another girl said the club has changed how she talks with her parents: they now listen to her "
                    "opinion, and if they asked her to leave school she would refuse, because she knows that "
                    "studying is her right."
                ),
                "km": (
                    "ក្មេងស្រីម្នាក់ទៀតបាននិយាយថា ក្លឹបនេះបានផ្លាស់ប្ដូររបៀបដែលនាងនិយាយជាមួយឪពុកម្ដាយ៖ ឥឡូវនេះពួកគាត់ស្ដាប់មតិរបស់នាង "
                    "ហើយប្រសិនបើពួកគាត់ឱ្យនាងឈប់រៀន នាងនឹងបដិសេធ ព្រោះនាងដឹងថា ការសិក្សាគឺជាសិទ្ធិរបស់នាង។"
                ),
            },
            {
                "en": (
                    "Not every child can join. A teacher described a boy whose mother works in Malaysia and whose "
                    "father spends every day cutting wood in the forest; he has to look after his younger brother "
                    "and has no time for the club. To reach families like his, CCPCR also forms parent groups and "
                    "saving groups and runs training workshops."
                ),
                "km": (
                    "មិនមែនកុមារគ្រប់រូបអាចចូលរួមបាននោះទេ។ គ្រូម្នាក់បានរៀបរាប់អំពីក្មេងប្រុសម្នាក់ ដែលម្ដាយធ្វើការនៅប្រទេសម៉ាឡេស៊ី "
                    "ហើយឪពុកចូលព្រៃកាប់ឈើរាល់ថ្ងៃ ធ្វើឱ្យក្មេងប្រុសនោះត្រូវមើលថែប្អូនប្រុស ហើយគ្មានពេលចូលរួមក្លឹបឡើយ។ "
                    "ដើម្បីឈានទៅដល់គ្រួសារបែបនេះ CCPCR ក៏បង្កើតក្រុមឪពុកម្ដាយ និងក្រុមសន្សំប្រាក់ ព្រមទាំងរៀបចំសិក្ខាសាលាបណ្ដុះបណ្ដាលផងដែរ។"
                ),
            },
            {
                "en": (
                    "The club also gives children room to dream. One boy said he wants to become a doctor and come "
                    "back to treat people in his village who are sick and cannot afford care."
                ),
                "km": (
                    "ក្លឹបនេះក៏ជួយឱ្យកុមារហ៊ានសុបិនផងដែរ។ ក្មេងប្រុសម្នាក់បាននិយាយថា គេចង់ក្លាយជាវេជ្ជបណ្ឌិត "
                    "ហើយត្រឡប់មកព្យាបាលអ្នកជំងឺក្រីក្រនៅក្នុងភូមិកំណើតរបស់ខ្លួនវិញ។"
                ),
            },
        ],
    },
    {
        "slug": "life-at-the-phnom-penh-shelter",
        "date": datetime.date(2024, 10, 15),
        "category": "shelter",
        "tags": ["shelter", "education", "phnom-penh"],
        "title": {
            "en": "Books, bicycles and a place to belong: life at the Phnom Penh shelter",
            "km": "សៀវភៅ កង់ និងកន្លែងដ៏កក់ក្ដៅ៖ ជីវិតនៅជម្រកភ្នំពេញ",
        },
        "intro": {
            "en": (
                "For children who cannot safely live at home, CCPCR's long-term shelter offers a daily routine "
                "built around school, care and recovery."
            ),
            "km": (
                "សម្រាប់កុមារដែលមិនអាចរស់នៅផ្ទះដោយសុវត្ថិភាព ជម្រករយៈពេលវែងរបស់ CCPCR ផ្ដល់នូវទម្លាប់ប្រចាំថ្ងៃ ដែលផ្ដោតលើការសិក្សា "
                "ការថែទាំ និងការជាសះស្បើយ។"
            ),
        },
        "image_caption": {
            "en": "A child reads at a table in the shelter, photographed from behind",
            "km": "កុមារម្នាក់កំពុងអានសៀវភៅនៅតុក្នុងជម្រក (ថតពីខាងក្រោយ)",
        },
        "body": [
            {
                "en": (
                    "Early mornings at the shelter are busy: uniforms on, bags packed, bicycles checked. Every "
                    "child living there attends a public school nearby, and staff make sure nobody misses class "
                    "for lack of a pen or a book."
                ),
                "km": (
                    "ពេលព្រឹកព្រលឹមនៅជម្រកមានភាពមមាញឹក៖ ស្លៀកឯកសណ្ឋាន រៀបចំកាបូប និងពិនិត្យកង់។ កុមារគ្រប់រូបដែលរស់នៅទីនោះ "
                    "ទៅរៀននៅសាលារដ្ឋក្បែរនោះ ហើយបុគ្គលិកធានាថា គ្មាននរណាម្នាក់ខកខានការសិក្សា ដោយសារតែខ្វះប៊ិច ឬសៀវភៅនោះទេ។"
                ),
            },
            {
                "en": (
                    "The children come from very poor families, and many have lived through domestic violence or "
                    "exploitation. Each was offered a place only after social workers had visited the family and "
                    "concluded, often after more than one visit, that the shelter was in the child's best "
                    "interests."
                ),
                "km": (
                    "កុមារទាំងនេះមកពីគ្រួសារក្រីក្រខ្លាំង ហើយជាច្រើននាក់បានឆ្លងកាត់អំពើហិង្សាក្នុងគ្រួសារ ឬការកេងប្រវ័ញ្ច។ "
                    "ម្នាក់ៗបានទទួលកន្លែងស្នាក់នៅ លុះត្រាតែបុគ្គលិកសង្គមកិច្ចបានចុះសួរសុខទុក្ខគ្រួសារ ហើយសន្និដ្ឋាន "
                    "ជារឿយៗក្រោយការចុះច្រើនជាងម្ដង ថាការស្នាក់នៅក្នុងជម្រក គឺជាឧត្តមប្រយោជន៍របស់កុមារ។"
                ),
            },
            {
                "en": (
                    "Besides school materials, the shelter provides clothes, everyday items, nutritious meals, "
                    "help with homework and regular counselling. Children keep in contact with their families, and "
                    "social workers continue to work with parents towards the child's return home where that is "
                    "possible."
                ),
                "km": (
                    "ក្រៅពីសម្ភារៈសិក្សា ជម្រកផ្ដល់សម្លៀកបំពាក់ សម្ភារៈប្រើប្រាស់ប្រចាំថ្ងៃ អាហារដែលមានជីវជាតិ ជំនួយលើកិច្ចការផ្ទះ "
                    "និងការប្រឹក្សាផ្លូវចិត្តជាប្រចាំ។ កុមាររក្សាទំនាក់ទំនងជាមួយគ្រួសាររបស់ខ្លួន ហើយបុគ្គលិកសង្គមកិច្ចបន្តធ្វើការជាមួយឪពុកម្ដាយ "
                    "ដើម្បីឱ្យកុមារអាចត្រឡប់ទៅផ្ទះវិញ នៅពេលដែលអាចធ្វើទៅបាន។"
                ),
            },
            {
                "en": (
                    "One former resident, who finished high school while living at the shelter, describes it as a "
                    "second home. Her story, told under her case code, is on our stories page."
                ),
                "km": (
                    "អតីតកុមារស្នាក់នៅម្នាក់ ដែលបានរៀនចប់វិទ្យាល័យ ខណៈពេលរស់នៅក្នុងជម្រក ចាត់ទុកជម្រកនេះជាផ្ទះទីពីររបស់នាង។ "
                    "រឿងរ៉ាវរបស់នាង ដែលប្រើលេខកូដករណីជំនួសឈ្មោះ មាននៅលើទំព័ររឿងរ៉ាវរបស់យើង។"
                ),
            },
            {
                "en": (
                    "The shelter runs on the support of local and international NGO partners and individual "
                    "donors. A gift towards school materials or daily care goes directly to the children who live "
                    "there."
                ),
                "km": (
                    "ជម្រកនេះដំណើរការបាន ដោយសារការគាំទ្រពីអង្គការដៃគូក្នុងស្រុក និងអន្តរជាតិ និងសប្បុរសជន។ ការបរិច្ចាគសម្រាប់សម្ភារៈសិក្សា "
                    "ឬការថែទាំប្រចាំថ្ងៃ នឹងទៅដល់កុមារដែលរស់នៅទីនោះដោយផ្ទាល់។"
                ),
            },
        ],
    },
]


STORIES = [
    {
        "slug": "better-education-better-life",
        "case_code": "DV 009",
        "date": datetime.date(2024, 9, 10),
        "title": {"en": "Better education, better life: the story of DV 009", "km": "ការអប់រំល្អ ជីវិតល្អ៖ រឿងរ៉ាវរបស់ DV 009"},
        "intro": {
            "en": (
                "A girl from a poor family in Svay Rieng grew up at CCPCR's Phnom Penh shelter and has now "
                "finished high school."
            ),
            "km": "ក្មេងស្រីម្នាក់មកពីគ្រួសារក្រីក្រនៅខេត្តស្វាយរៀង បានធំដឹងក្ដីនៅជម្រករបស់ CCPCR នៅរាជធានីភ្នំពេញ ហើយឥឡូវនេះបានរៀនចប់វិទ្យាល័យ។",
        },
        "body": [
            {
                "en": (
                    "DV 009 grew up in a poor family in Svay Rieng province, where her father was violent towards "
                    "the family. Once her parents had separated, her mother was left alone with four children and "
                    "could barely cover food, let alone proper care and schooling for all of them."
                ),
                "km": (
                    "DV 009 បានធំធាត់នៅក្នុងគ្រួសារក្រីក្រមួយនៅខេត្តស្វាយរៀង ដែលឪពុករបស់នាងប្រើអំពើហិង្សាលើក្រុមគ្រួសារ។ "
                    "បន្ទាប់ពីឪពុកម្ដាយលែងលះគ្នា ម្ដាយរបស់នាងត្រូវចិញ្ចឹមកូនបួននាក់តែម្នាក់ឯង ហើយស្ទើរតែមិនអាចផ្គត់ផ្គង់អាហារបានគ្រប់គ្រាន់ "
                    "ចុះទម្រាំតែការថែទាំ និងការសិក្សារបស់កូនទាំងអស់។"
                ),
            },
            {
                "en": (
                    "CCPCR's social workers followed the family and assessed its situation several times. When she "
                    "was in grade 5, DV 009 was offered a place at the long-term shelter in Phnom Penh, where she "
                    "could live safely and go to school."
                ),
                "km": (
                    "បុគ្គលិកសង្គមកិច្ចរបស់ CCPCR បានតាមដាន និងវាយតម្លៃស្ថានភាពគ្រួសារនេះជាច្រើនដង។ នៅពេលនាងរៀនថ្នាក់ទី៥ DV 009 "
                    "បានទទួលកន្លែងស្នាក់នៅក្នុងជម្រករយៈពេលវែងនៅរាជធានីភ្នំពេញ ដែលនាងអាចរស់នៅដោយសុវត្ថិភាព និងទៅរៀនបាន។"
                ),
            },
            {
                "en": (
                    "At the shelter she received what a student needs: books, pens and other school materials, a "
                    "bicycle, clothes and items for daily life. Because of the family break-up and poverty, no one "
                    "else in her family had been able to stay in school."
                ),
                "km": (
                    "នៅក្នុងជម្រក នាងបានទទួលអ្វីៗដែលសិស្សម្នាក់ត្រូវការ៖ សៀវភៅ ប៊ិច និងសម្ភារៈសិក្សាផ្សេងៗ កង់មួយ សម្លៀកបំពាក់ "
                    "និងសម្ភារៈប្រើប្រាស់ប្រចាំថ្ងៃ។ ដោយសារការបែកបាក់គ្រួសារ និងភាពក្រីក្រ គ្មានសមាជិកណាម្នាក់ផ្សេងទៀតក្នុងគ្រួសាររបស់នាង "
                    "អាចបន្តការសិក្សាបានទេ។"
                ),
            },
            {
                "en": (
                    "She says that without CCPCR she could never have studied this far: her mother worked as a "
                    "waitress, and the wage was far too small to pay for school. She calls the shelter a loving "
                    "home and the staff her second parents, and says it gave her a new and comfortable life."
                ),
                "km": (
                    "នាងនិយាយថា បើគ្មាន CCPCR ទេ នាងមិនអាចរៀនបានដល់កម្រិតនេះឡើយ ព្រោះម្ដាយរបស់នាងធ្វើការជាអ្នករត់តុ "
                    "ហើយប្រាក់ឈ្នួលតិចពេក មិនអាចផ្គត់ផ្គង់ការសិក្សាបានទេ។ នាងហៅជម្រកនេះថាជាផ្ទះដ៏កក់ក្ដៅ "
                    "ហើយហៅបុគ្គលិកថាជាឪពុកម្ដាយទីពីររបស់នាង ព្រមទាំងនិយាយថា ជម្រកបានផ្ដល់ឱ្យនាងនូវជីវិតថ្មីដ៏សុខស្រួល។"
                ),
            },
            {
                "en": (
                    "DV 009 has now graduated from high school and is choosing a subject to study at university. "
                    "She hopes to work in a bank one day, so that a good salary can help her mother and siblings."
                ),
                "km": (
                    "ឥឡូវនេះ DV 009 បានបញ្ចប់ការសិក្សានៅវិទ្យាល័យ ហើយកំពុងជ្រើសរើសជំនាញសម្រាប់សិក្សាបន្តនៅសាកលវិទ្យាល័យ។ "
                    "នាងសង្ឃឹមថានឹងបានធ្វើការនៅធនាគារនៅថ្ងៃណាមួយ ដើម្បីឱ្យប្រាក់ខែល្អអាចជួយម្ដាយ និងបងប្អូនរបស់នាង។"
                ),
            },
            {
                "en": (
                    "Since 1994 CCPCR has helped more than 3,150 children from poor families, child victims and "
                    "other vulnerable children. Long-term care like that of DV 009 is possible thanks to donations "
                    "from local and international NGO partners and generous individuals."
                ),
                "km": (
                    "ចាប់តាំងពីឆ្នាំ១៩៩៤មក CCPCR បានជួយកុមារជាង ៣.១៥០ នាក់ ដែលមកពីគ្រួសារក្រីក្រ កុមាររងគ្រោះ "
                    "និងកុមារងាយរងគ្រោះផ្សេងទៀត។ ការថែទាំរយៈពេលវែងដូចករណីរបស់ DV 009 អាចធ្វើទៅបាន "
                    "ដោយសារការបរិច្ចាគពីអង្គការដៃគូក្នុងស្រុក និងអន្តរជាតិ និងសប្បុរសជន។"
                ),
            },
        ],
    },
    {
        "slug": "back-in-class-after-vietnam",
        "case_code": "LT 014",
        "date": datetime.date(2026, 3, 16),
        "title": {
            "en": "Back in class after Vietnam: the story of LT 014",
            "km": "ត្រឡប់ចូលរៀនវិញក្រោយពីមកពីប្រទេសវៀតណាម៖ រឿងរ៉ាវរបស់ LT 014",
        },
        "intro": {
            "en": (
                "A boy who was sent to Vietnam to beg came home through the Bavet transit centre in November 2025. "
                "Four months on, he is back at school and his family has a new source of income."
            ),
            "km": (
                "ក្មេងប្រុសម្នាក់ដែលត្រូវបានគេបញ្ជូនទៅសុំទាននៅប្រទេសវៀតណាម បានត្រឡប់មកផ្ទះវិញតាមមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នបាវិត នៅខែវិច្ឆិកា "
                "ឆ្នាំ២០២៥។ បួនខែក្រោយមក គេបានត្រឡប់ចូលរៀនវិញ ហើយគ្រួសាររបស់គេមានប្រភពចំណូលថ្មី។"
            ),
        },
        "body": [
            {
                "en": (
                    "LT 014 was one of the 25 children returned from Long An province, Vietnam, on 4 November "
                    "2025. It was his first time across the border. His family in Svay Rieng province was in debt, "
                    "and he had been sent with others to beg and sell lottery tickets."
                ),
                "km": (
                    "LT 014 គឺជាកុមារម្នាក់ក្នុងចំណោមកុមារ ២៥ នាក់ ដែលត្រូវបានបញ្ជូនត្រឡប់មកពីខេត្តឡុងអាន ប្រទេសវៀតណាមវិញ នៅថ្ងៃទី៤ "
                    "ខែវិច្ឆិកា ឆ្នាំ២០២៥។ នេះជាលើកដំបូងដែលគេឆ្លងព្រំដែន។ គ្រួសាររបស់គេនៅខេត្តស្វាយរៀង ជំពាក់បំណុល "
                    "ហើយគេត្រូវបានបញ្ជូនទៅជាមួយអ្នកផ្សេងទៀត ដើម្បីសុំទាន និងលក់ឆ្នោត។"
                ),
            },
            {
                "en": (
                    "When the Vietnamese authorities arrested the group he was terrified, and during roughly two "
                    "months in detention he did not believe he would ever get home. At the Bavet transit centre he "
                    "was given food, a place to rest and his first counselling session, and a social worker took "
                    "on his case."
                ),
                "km": (
                    "នៅពេលអាជ្ញាធរវៀតណាមចាប់ខ្លួនក្រុមនោះ គេភ័យខ្លាចយ៉ាងខ្លាំង ហើយក្នុងអំឡុងពេលប្រមាណពីរខែនៃការឃុំខ្លួន "
                    "គេមិនជឿថាខ្លួននឹងបានត្រឡប់មកផ្ទះវិញឡើយ។ នៅមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នបាវិត គេបានទទួលអាហារ កន្លែងសម្រាក "
                    "និងការប្រឹក្សាផ្លូវចិត្តលើកដំបូង ហើយបុគ្គលិកសង្គមកិច្ចម្នាក់បានទទួលបន្ទុកករណីរបស់គេ។"
                ),
            },
            {
                "en": (
                    "Before he went home, the social worker met his parents and the local authorities to make sure "
                    "he would be safe. His parents agreed that he would not be sent away again."
                ),
                "km": (
                    "មុនពេលគេត្រឡប់ទៅផ្ទះ បុគ្គលិកសង្គមកិច្ចបានជួបឪពុកម្ដាយ និងអាជ្ញាធរមូលដ្ឋាន ដើម្បីធានាថាគេនឹងមានសុវត្ថិភាព។ "
                    "ឪពុកម្ដាយរបស់គេបានឯកភាពថា នឹងមិនបញ្ជូនគេទៅឆ្ងាយទៀតទេ។"
                ),
            },
            {
                "en": (
                    "CCPCR helped him re-enrol at his local public school and provided a school bag, books and "
                    "pens. His parents joined a self-help group, attended livelihood training and used a small "
                    "grant to start raising chickens at home."
                ),
                "km": (
                    "CCPCR បានជួយគេឱ្យចុះឈ្មោះចូលរៀនឡើងវិញនៅសាលារដ្ឋក្នុងមូលដ្ឋាន និងបានផ្ដល់កាបូបស្ពាយ សៀវភៅ និងប៊ិច។ "
                    "ឪពុកម្ដាយរបស់គេបានចូលរួមក្នុងក្រុមជួយខ្លួនឯង និងវគ្គបណ្ដុះបណ្ដាលមុខរបរ ហើយបានប្រើទុនឧបត្ថម្ភតិចតួច "
                    "ដើម្បីចាប់ផ្ដើមចិញ្ចឹមមាន់នៅផ្ទះ។"
                ),
            },
            {
                "en": (
                    "His social worker visits every month. LT 014 says he wants to finish his studies, and that if "
                    "anyone tries to send him back to Vietnam he will tell them how hard life there really is and "
                    "refuse to go."
                ),
                "km": (
                    "បុគ្គលិកសង្គមកិច្ចរបស់គេចុះសួរសុខទុក្ខជារៀងរាល់ខែ។ LT 014 និយាយថា គេចង់រៀនឱ្យចប់ "
                    "ហើយប្រសិនបើមាននរណាម្នាក់ព្យាយាមបញ្ជូនគេទៅប្រទេសវៀតណាមម្ដងទៀត គេនឹងប្រាប់ពួកគេពីការលំបាកនៃជីវិតនៅទីនោះ "
                    "ហើយបដិសេធមិនទៅ។"
                ),
            },
            {
                "en": (
                    "To protect his privacy, this story uses a case code and leaves out his name, his village and "
                    "any photograph of his face."
                ),
                "km": "ដើម្បីការពារភាពឯកជនរបស់គេ រឿងរ៉ាវនេះប្រើលេខកូដករណី ហើយមិនបង្ហាញឈ្មោះ ភូមិ ឬរូបថតមុខរបស់គេឡើយ។",
            },
        ],
    },
]


DOCUMENTS = [
    {
        "slug": "annual-report-2024",
        "title": {"en": "Annual Report 2024", "km": "របាយការណ៍ប្រចាំឆ្នាំ ២០២៤"},
        "description": {
            "en": "Our protection, prevention and shelter work in 2024, and the partners who made it possible.",
            "km": "ការងារការពារ បង្ការ និងជម្រករបស់យើងក្នុងឆ្នាំ២០២៤ ព្រមទាំងដៃគូដែលបានធ្វើឱ្យការងារនេះអាចសម្រេចបាន។",
        },
        "category": "annual-report",
        "year": 2024,
        "language": "en",
        "pages": [
            {
                "heading": "Thirty years with Cambodia's children",
                "text": (
                    "In 2024 CCPCR marked thirty years of work so that Cambodian children can grow up safe, at "
                    "home and in school. Since 1994 our teams have helped more than 3,150 children. This report "
                    "looks back at the year and thanks the partners, authorities and donors who share this work."
                ),
            },
            {
                "heading": "Protection",
                "text": (
                    "At the Bavet transit centre in Svay Rieng province we continued to receive children and "
                    "adults returned from Vietnam, in coordination with the Cambodian authorities, the "
                    "anti-trafficking police and the Svay Rieng Department of Social Affairs. Each person was "
                    "offered a safe place to stay, food, counselling and a screening interview, and children were "
                    "followed up by a social worker after returning home."
                ),
            },
            {
                "heading": "Prevention and reintegration",
                "text": (
                    "In communities at risk we ran awareness sessions on unsafe migration and trafficking, "
                    "supported self-help groups and saving groups, and helped child clubs such as those in Kampong "
                    "Thom. Families received livelihood training and small grants for home businesses so that "
                    "their children could stay in school."
                ),
            },
            {
                "heading": "Shelter and thanks",
                "text": (
                    "Our long-term shelter in Phnom Penh gave children who could not live safely at home a place "
                    "to study and grow. We thank USAID's Cambodia Countering Trafficking-in-Persons programme, "
                    "implemented by Winrock International, our government counterparts, and our local and "
                    "international NGO partners and donors."
                ),
            },
        ],
    },
    {
        "slug": "child-protection-policy",
        "title": {"en": "Child Protection Policy", "km": "គោលនយោបាយការពារកុមារ"},
        "description": {
            "en": (
                "The rules that every CCPCR staff member, volunteer and visitor agrees to follow to keep children safe."
            ),
            "km": "វិធានដែលបុគ្គលិក អ្នកស្ម័គ្រចិត្ត និងភ្ញៀវគ្រប់រូបរបស់ CCPCR យល់ព្រមគោរពតាម ដើម្បីរក្សាសុវត្ថិភាពកុមារ។",
        },
        "category": "policy",
        "year": 2025,
        "language": "both",
        "pages": [
            {
                "heading": "Purpose and scope",
                "text": (
                    "This policy sets out how CCPCR keeps children safe from harm caused by its staff, volunteers, "
                    "partners and visitors, and what everyone must do if they are worried about a child. It "
                    "applies to everyone who works with or for CCPCR."
                ),
            },
            {
                "heading": "Code of conduct",
                "text": (
                    "Adults never hit, shame or threaten a child. They do not spend time alone with a child out of "
                    "sight of others without a reason agreed with a supervisor, do not contact children through "
                    "personal phones or social media, and never take a child to their own home. Photographs of "
                    "children are taken only with consent and never show the face of a child at risk; children in "
                    "CCPCR stories are identified only by a case code."
                ),
            },
            {
                "heading": "Safe recruitment",
                "text": (
                    "Staff and volunteers who work with children give two references, provide a police check and "
                    "sign this policy before they start. Volunteers in direct contact with children are approved "
                    "only when every check is complete."
                ),
            },
            {
                "heading": "Reporting concerns",
                "text": (
                    "Anyone who sees or suspects abuse must tell the designated child protection focal point the "
                    "same day. Concerns are recorded, handled confidentially and, where the law requires, referred "
                    "to the authorities. No one is penalised for raising a concern in good faith."
                ),
            },
        ],
    },
    {
        "slug": "child-migration-to-vietnam-research-brief",
        "title": {
            "en": "Research brief: why children go to Vietnam to beg and sell lottery tickets",
            "km": "សេចក្ដីសង្ខេបការស្រាវជ្រាវ៖ ហេតុអ្វីកុមារទៅសុំទាន និងលក់ឆ្នោតនៅប្រទេសវៀតណាម",
        },
        "description": {
            "en": (
                "What children returned through Bavet tell us about the causes of unsafe child migration, and what "
                "helps them stay at home."
            ),
            "km": (
                "អ្វីដែលកុមារដែលត្រូវបានបញ្ជូនត្រឡប់មកវិញតាមច្រកបាវិត បានប្រាប់យើងអំពីមូលហេតុនៃការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាពរបស់កុមារ "
                "និងអ្វីដែលជួយឱ្យពួកគេនៅផ្ទះបាន។"
            ),
        },
        "category": "research",
        "year": 2025,
        "language": "en",
        "pages": [
            {
                "heading": "Background",
                "text": (
                    "Cambodian children are often found begging and selling lottery tickets in southern Vietnam. "
                    "This brief draws on screening interviews held at CCPCR's Bavet transit centre, including the "
                    "return of 33 people, 25 of them children, from Long An province in November 2025."
                ),
            },
            {
                "heading": "What drives children across the border",
                "text": (
                    "Every returnee in that group described family poverty, debt and the cost of schooling. "
                    "Children had been sent by parents, relatives or brokers, sometimes travelling with "
                    "neighbours. Many wanted to help their families and did not see the risks."
                ),
            },
            {
                "heading": "What happens to them",
                "text": (
                    "Children reported walking the streets all day, sleeping in unsafe places and hiding from the "
                    "police. Without papers, many were arrested and held for about two months before being handed "
                    "back to Cambodia. Several said they had not expected to get home safely."
                ),
            },
            {
                "heading": "What helps",
                "text": (
                    "Returned children and their families respond best to a combined package: counselling, quick "
                    "re-enrolment in school with school materials, livelihood training and small grants for "
                    "adults, and self-help groups that reduce reliance on debt. Awareness raising in sending "
                    "villages should draw on returnees' own experiences, shared anonymously."
                ),
            },
        ],
    },
    {
        "slug": "newsletter-december-2025",
        "title": {"en": "CCPCR Newsletter, December 2025", "km": "ព្រឹត្តិបត្រព័ត៌មាន CCPCR ខែធ្នូ ឆ្នាំ២០២៥"},
        "description": {
            "en": (
                "News in Khmer from our programmes: the Bavet repatriation, livelihood training and safe migration "
                "sessions."
            ),
            "km": (
                "ព័ត៌មានជាភាសាខ្មែរពីកម្មវិធីរបស់យើង៖ ការធ្វើមាតុភូមិនិវត្តន៍តាមច្រកបាវិត វគ្គបណ្ដុះបណ្ដាលមុខរបរ "
                "និងវគ្គផ្សព្វផ្សាយអំពីការធ្វើចំណាកស្រុកប្រកបដោយសុវត្ថិភាព។"
            ),
        },
        "category": "newsletter",
        "year": 2025,
        "language": "km",
        "pages": [
            {
                "heading": "In this issue",
                "text": (
                    "This newsletter gathers news from the second half of 2025. The full edition is written in "
                    "Khmer; this page gives a short English summary."
                ),
            },
            {
                "heading": "Repatriation through Bavet",
                "text": (
                    "On 4 November, 33 people, including 25 children, returned from Long An province in Vietnam "
                    "and were received at the Bavet transit centre before going home to their families."
                ),
            },
            {
                "heading": "Livelihoods and safe migration",
                "text": (
                    "From 26 to 28 August, 33 beneficiaries from five provinces completed a three-day chicken and "
                    "pig raising training. In December, self-help groups in Svay Rieng held village sessions on "
                    "the risks of irregular migration."
                ),
            },
        ],
    },
]


VACANCY = {
    "slug": "social-worker-bavet",
    "title": {"en": "Social Worker, Bavet Transit Centre", "km": "បុគ្គលិកសង្គមកិច្ច ប្រចាំមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នបាវិត"},
    "intro": {
        "en": (
            "Join our protection team at the Cambodia-Vietnam border and help children who have been trafficked or "
            "exploited return home safely."
        ),
        "km": (
            "ចូលរួមជាមួយក្រុមការងារការពាររបស់យើង នៅព្រំដែនកម្ពុជា-វៀតណាម ហើយជួយកុមារដែលរងគ្រោះដោយការជួញដូរ ឬការកេងប្រវ័ញ្ច "
            "ឱ្យបានត្រឡប់ទៅផ្ទះវិញដោយសុវត្ថិភាព។"
        ),
    },
    "body": [
        {
            "en": (
                "CCPCR's transit centre in Bavet is the first stop for many children and adults sent back from "
                "Vietnam. As a social worker you will receive returnees together with the authorities, make sure "
                "each child is safe and cared for, and follow children after they go home."
            ),
            "km": (
                "មណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នរបស់ CCPCR នៅបាវិត គឺជាកន្លែងដំបូងសម្រាប់កុមារ និងមនុស្សពេញវ័យជាច្រើន "
                "ដែលត្រូវបានបញ្ជូនត្រឡប់មកពីប្រទេសវៀតណាមវិញ។ ក្នុងនាមជាបុគ្គលិកសង្គមកិច្ច អ្នកនឹងទទួលអ្នកត្រឡប់មកវិញរួមជាមួយអាជ្ញាធរ "
                "ធានាថាកុមារម្នាក់ៗមានសុវត្ថិភាព និងទទួលបានការថែទាំ ហើយតាមដានកុមារបន្ទាប់ពីពួកគេត្រឡប់ទៅផ្ទះវិញ។"
            ),
        },
        {
            "en": (
                "Main responsibilities: hold child-friendly screening interviews and risk assessments; provide "
                "basic counselling; contact families and local authorities and prepare each child's safe return to "
                "the family; open and maintain confidential case files; carry out home visits and follow-up; help "
                "children re-enrol in school; and refer families to livelihood support."
            ),
            "km": (
                "ភារកិច្ចចម្បង៖ ធ្វើការសម្ភាសកំណត់អត្តសញ្ញាណ និងការវាយតម្លៃហានិភ័យ តាមរបៀបដែលស័ក្តិសមសម្រាប់កុមារ "
                "ផ្ដល់ការប្រឹក្សាផ្លូវចិត្តកម្រិតមូលដ្ឋាន ទាក់ទងគ្រួសារ និងអាជ្ញាធរមូលដ្ឋាន "
                "ហើយរៀបចំការបញ្ជូនកុមារម្នាក់ៗទៅជួបជុំគ្រួសារវិញដោយសុវត្ថិភាព បើក និងរក្សាសំណុំឯកសារករណីជាការសម្ងាត់ ចុះសួរសុខទុក្ខតាមផ្ទះ "
                "និងតាមដាន ជួយកុមារឱ្យចុះឈ្មោះចូលរៀនឡើងវិញ និងបញ្ជូនគ្រួសារទៅទទួលជំនួយមុខរបរចិញ្ចឹមជីវិត។"
            ),
        },
        {
            "en": (
                "Requirements: a degree in social work, psychology, sociology or a related field, or equivalent "
                "experience; at least two years' experience with children or vulnerable people; excellent spoken "
                "and written Khmer and working English; a motorbike licence and willingness to travel to rural "
                "areas; and a calm, caring manner in difficult situations. Knowledge of Vietnamese is an advantage."
            ),
            "km": (
                "លក្ខខណ្ឌតម្រូវ៖ មានសញ្ញាបត្រផ្នែកសង្គមកិច្ច ចិត្តវិទ្យា សង្គមវិទ្យា ឬផ្នែកពាក់ព័ន្ធ ឬមានបទពិសោធន៍ស្មើគ្នា "
                "មានបទពិសោធន៍យ៉ាងតិចពីរឆ្នាំក្នុងការធ្វើការជាមួយកុមារ ឬជនងាយរងគ្រោះ ចេះនិយាយ និងសរសេរភាសាខ្មែរបានល្អ "
                "និងចេះភាសាអង់គ្លេសសម្រាប់ការងារ មានប័ណ្ណបើកបរម៉ូតូ និងសុខចិត្តធ្វើដំណើរទៅតំបន់ជនបទ ព្រមទាំងមានចរិតស្ងប់ "
                "និងយកចិត្តទុកដាក់ក្នុងស្ថានភាពលំបាក។ ការចេះភាសាវៀតណាម គឺជាគុណសម្បត្តិបន្ថែម។"
            ),
        },
        {
            "en": (
                "How to apply: send your CV and a short cover letter through this page before the closing date. "
                "Shortlisted candidates will be invited to a written test and an interview in Svay Rieng. Only "
                "shortlisted candidates will be contacted."
            ),
            "km": (
                "របៀបដាក់ពាក្យ៖ សូមផ្ញើប្រវត្តិរូបសង្ខេប (CV) និងលិខិតអមពាក្យសុំខ្លីមួយ តាមរយៈទំព័រនេះ មុនកាលបរិច្ឆេទផុតកំណត់។ "
                "បេក្ខជនដែលជាប់ក្នុងបញ្ជីចម្រាញ់ នឹងត្រូវបានអញ្ជើញមកធ្វើតេស្តសរសេរ និងសម្ភាសនៅខេត្តស្វាយរៀង។ "
                "មានតែបេក្ខជនដែលជាប់ក្នុងបញ្ជីចម្រាញ់ប៉ុណ្ណោះ ដែលនឹងត្រូវបានទាក់ទង។"
            ),
        },
        {
            "en": (
                "CCPCR is committed to safeguarding children. The successful candidate will give two references "
                "and a police check and will sign our Child Protection Policy before starting work. Women and "
                "people from the provinces where we work are encouraged to apply."
            ),
            "km": (
                "CCPCR ប្ដេជ្ញាការពារសុវត្ថិភាពកុមារ។ បេក្ខជនដែលត្រូវបានជ្រើសរើស ត្រូវផ្ដល់អ្នកយោងពីរនាក់ "
                "និងឯកសារត្រួតពិនិត្យប្រវត្តិព្រហ្មទណ្ឌពីប៉ូលិស ហើយត្រូវចុះហត្ថលេខាលើគោលនយោបាយការពារកុមាររបស់យើង មុនពេលចាប់ផ្ដើមការងារ។ "
                "យើងលើកទឹកចិត្តស្ត្រី និងអ្នកមកពីខេត្តដែលយើងធ្វើការ ឱ្យដាក់ពាក្យ។"
            ),
        },
    ],
    "place": {"en": "Bavet transit centre, Bavet City", "km": "មណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នបាវិត ក្រុងបាវិត"},
    "questions": [
        {
            "en": "Can you work at the Bavet transit centre, including some weekends?",
            "km": "តើអ្នកអាចធ្វើការនៅមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នបាវិត រួមទាំងថ្ងៃចុងសប្ដាហ៍ខ្លះបានទេ?",
        },
        {
            "en": "Will you provide a police check and two references before starting?",
            "km": "តើអ្នកនឹងផ្ដល់លិខិតបញ្ជាក់ពីប៉ូលិស និងអ្នកធានាពីរនាក់ មុនពេលចាប់ផ្ដើមការងារដែរឬទេ?",
        },
    ],
    "department": {"en": "Protection programme", "km": "កម្មវិធីការពារ"},
}


OPPORTUNITY = {
    "slug": "child-club-facilitator-kampong-thom",
    "title": {"en": "Child Club Facilitator (volunteer), Kampong Thom", "km": "អ្នកសម្របសម្រួលក្លឹបកុមារ (ស្ម័គ្រចិត្ត) ខេត្តកំពង់ធំ"},
    "intro": {
        "en": (
            "Help run weekly child club sessions where children in rural Kampong Thom learn about their rights, "
            "stay in school and find their voice."
        ),
        "km": "ជួយដំណើរការវគ្គក្លឹបកុមារប្រចាំសប្ដាហ៍ ដែលកុមារនៅតំបន់ជនបទខេត្តកំពង់ធំ រៀនអំពីសិទ្ធិរបស់ខ្លួន បន្តការសិក្សា និងហ៊ានបញ្ចេញមតិ។",
    },
    "body": [
        {
            "en": (
                "In Kampong Thom many parents migrate for work, and children are left with relatives or on their "
                "own. Child clubs, run by CCPCR with local teachers, give them a safe and regular place to learn "
                "and play."
            ),
            "km": (
                "នៅខេត្តកំពង់ធំ ឪពុកម្ដាយជាច្រើនធ្វើចំណាកស្រុកទៅរកការងារ ហើយកុមារត្រូវនៅជាមួយសាច់ញាតិ ឬនៅម្នាក់ឯង។ ក្លឹបកុមារ "
                "ដែលដំណើរការដោយ CCPCR រួមជាមួយគ្រូបង្រៀនក្នុងមូលដ្ឋាន ផ្ដល់ឱ្យពួកគេនូវកន្លែងប្រកបដោយសុវត្ថិភាព និងទៀងទាត់ សម្រាប់រៀនសូត្រ "
                "និងលេងកម្សាន្ត។"
            ),
        },
        {
            "en": (
                "As a volunteer facilitator you will help CCPCR staff and teachers prepare and lead sessions on "
                "children's rights, hygiene and the importance of school, organise games and group activities, and "
                "encourage quieter children to take part."
            ),
            "km": (
                "ក្នុងនាមជាអ្នកសម្របសម្រួលស្ម័គ្រចិត្ត អ្នកនឹងជួយបុគ្គលិក CCPCR និងគ្រូបង្រៀន រៀបចំ និងដឹកនាំវគ្គអំពីសិទ្ធិកុមារ អនាម័យ "
                "និងសារៈសំខាន់នៃការសិក្សា រៀបចំល្បែងកម្សាន្ត និងសកម្មភាពជាក្រុម ព្រមទាំងលើកទឹកចិត្តកុមារដែលស្ងៀមស្ងាត់ឱ្យចូលរួម។"
            ),
        },
        {
            "en": (
                "We ask for at least one afternoon a week for six months. You should speak Khmer well, enjoy "
                "working with children aged 8 to 15 and be able to travel to villages in the province. Training is "
                "provided."
            ),
            "km": (
                "យើងស្នើសុំពេលវេលាយ៉ាងហោចណាស់មួយរសៀលក្នុងមួយសប្ដាហ៍ រយៈពេលប្រាំមួយខែ។ អ្នកគួរតែនិយាយភាសាខ្មែរបានល្អ "
                "ចូលចិត្តធ្វើការជាមួយកុមារអាយុពី ៨ ដល់ ១៥ ឆ្នាំ និងអាចធ្វើដំណើរទៅតាមភូមិនានាក្នុងខេត្ត។ យើងនឹងផ្ដល់ការបណ្ដុះបណ្ដាល។"
            ),
        },
        {
            "en": (
                "Because this role involves direct contact with children, you will be asked for two references and "
                "a police check, and to sign CCPCR's Child Protection Policy. You can start only once every check "
                "is complete."
            ),
            "km": (
                "ដោយសារតួនាទីនេះមានទំនាក់ទំនងផ្ទាល់ជាមួយកុមារ អ្នកនឹងត្រូវផ្ដល់អ្នកយោងពីរនាក់ ឯកសារត្រួតពិនិត្យប្រវត្តិព្រហ្មទណ្ឌពីប៉ូលិស "
                "និងចុះហត្ថលេខាលើគោលនយោបាយការពារកុមាររបស់ CCPCR។ អ្នកអាចចាប់ផ្ដើមបាន លុះត្រាតែការត្រួតពិនិត្យទាំងអស់ត្រូវបានបញ្ចប់។"
            ),
        },
    ],
    "role": {"en": "Helping to lead child club sessions", "km": "ជួយដឹកនាំវគ្គក្លឹបកុមារ"},
    "place": {"en": "Villages of Baray district", "km": "ភូមិនានាក្នុងស្រុកបារាយណ៍"},
    "duration": {"en": "Six months", "km": "ប្រាំមួយខែ"},
    "minimum_commitment": {"en": "One afternoon a week for six months", "km": "មួយរសៀលក្នុងមួយសប្ដាហ៍ រយៈពេលប្រាំមួយខែ"},
    "schedule": {"en": "Saturday afternoons, 2 to 5 pm", "km": "រសៀលថ្ងៃសៅរ៍ ម៉ោង ២ ដល់ម៉ោង ៥ ល្ងាច"},
    "skills": {
        "en": "Patience and warmth with children aged 8 to 15; games, songs or drawing; able to travel by motorbike.",
        "km": "ភាពអត់ធ្មត់ និងភាពកក់ក្ដៅជាមួយកុមារអាយុពី ៨ ដល់ ១៥ ឆ្នាំ ល្បែង ចម្រៀង ឬគំនូរ និងអាចធ្វើដំណើរដោយម៉ូតូបាន។",
    },
    "languages": {"en": "Khmer (good or fluent)", "km": "ភាសាខ្មែរ (ល្អ ឬស្ទាត់)"},
}

# Two more roles, so the volunteering index shows every level of contact with children.
MORE_OPPORTUNITIES = [
    {
        "slug": "case-records-assistant-phnom-penh",
        "title": {"en": "Case records assistant (volunteer), Phnom Penh", "km": "ជំនួយការកំណត់ត្រាករណី (ស្ម័គ្រចិត្ត) ភ្នំពេញ"},
        "intro": {
            "en": (
                "Help our social workers keep case files complete and up to date, so every child's support is "
                "followed through."
            ),
            "km": "ជួយបុគ្គលិកសង្គមកិច្ចរបស់យើងរក្សាឯកសារករណីឱ្យពេញលេញ និងទាន់សម័យ ដើម្បីឱ្យការគាំទ្រកុមារម្នាក់ៗត្រូវបានតាមដានដល់ទីបញ្ចប់។",
        },
        "body": [
            {
                "en": (
                    "You will file and scan reports, enter follow-up visits into our database and check that each "
                    "case has what it needs. You will read about children's lives, though you will not meet them."
                ),
                "km": (
                    "អ្នកនឹងរៀបចំ និងស្កេនរបាយការណ៍ បញ្ចូលការចុះតាមដានទៅក្នុងមូលដ្ឋានទិន្នន័យរបស់យើង និងពិនិត្យថាករណីនីមួយៗមានអ្វីដែលត្រូវការ។ "
                    "អ្នកនឹងអានអំពីជីវិតរបស់កុមារ ទោះបីជាអ្នកមិនជួបពួកគេផ្ទាល់ក៏ដោយ។"
                ),
            }
        ],
        "role": {"en": "Filing, scanning and data entry", "km": "រៀបចំឯកសារ ស្កេន និងបញ្ចូលទិន្នន័យ"},
        "place_type": "office",
        "province": "phnom-penh",
        "place": {"en": "CCPCR office, Toul Kork", "km": "ការិយាល័យ CCPCR ទួលគោក"},
        "duration": {"en": "Three months or more", "km": "បីខែ ឬលើសពីនេះ"},
        "minimum_commitment": {"en": "Two mornings a week", "km": "ពីរព្រឹកក្នុងមួយសប្ដាហ៍"},
        "schedule": {"en": "Weekday mornings", "km": "ពេលព្រឹកថ្ងៃធ្វើការ"},
        "skills": {
            "en": "Careful with details; able to keep a secret.",
            "km": "យកចិត្តទុកដាក់លើព័ត៌មានលម្អិត និងអាចរក្សាការសម្ងាត់បាន។",
        },
        "languages": {"en": "Khmer", "km": "ភាសាខ្មែរ"},
        "child_contact": "indirect",
        "places": 2,
    },
    {
        "slug": "translation-volunteer",
        "title": {"en": "Translation volunteer, Khmer and English", "km": "អ្នកស្ម័គ្រចិត្តបកប្រែ ខ្មែរ និងអង់គ្លេស"},
        "intro": {
            "en": "Translate our news, reports and website pages between Khmer and English, from wherever you are.",
            "km": "បកប្រែព័ត៌មាន របាយការណ៍ និងទំព័រគេហទំព័ររបស់យើង រវាងភាសាខ្មែរ និងភាសាអង់គ្លេស ពីទីកន្លែងណាក៏បាន។",
        },
        "body": [
            {
                "en": (
                    "Our editors send you texts by email; you translate them and an editor reviews them before "
                    "they go online."
                ),
                "km": "អ្នកកែសម្រួលរបស់យើងផ្ញើអត្ថបទមកអ្នកតាមអ៊ីមែល អ្នកបកប្រែ ហើយអ្នកកែសម្រួលពិនិត្យមុនពេលដាក់ផ្សាយតាមអ៊ីនធឺណិត។",
            }
        ],
        "role": {"en": "Translating texts", "km": "បកប្រែអត្ថបទ"},
        "place_type": "office",
        "province": "phnom-penh",
        "place": {"en": "From home", "km": "ពីផ្ទះ"},
        "duration": {"en": "As long as you like", "km": "រយៈពេលតាមដែលអ្នកចង់"},
        "minimum_commitment": {"en": "Four hours a month", "km": "បួនម៉ោងក្នុងមួយខែ"},
        "schedule": {"en": "When it suits you", "km": "ពេលណាដែលស្រួលសម្រាប់អ្នក"},
        "skills": {"en": "Clear writing in both languages.", "km": "សរសេរបានច្បាស់លាស់ជាភាសាទាំងពីរ។"},
        "languages": {"en": "Khmer and English (fluent)", "km": "ភាសាខ្មែរ និងភាសាអង់គ្លេស (ស្ទាត់)"},
        "child_contact": "none",
        "places": 5,
    },
]

CHILD_PROTECTION_POLICY = {
    "version": "2025-1",
    "summary": [
        {
            "en": "I will treat every child with respect, and never hit, shame or threaten a child.",
            "km": "ខ្ញុំនឹងប្រព្រឹត្តចំពោះកុមារគ្រប់រូបដោយការគោរព ហើយមិនវាយ មិនធ្វើឱ្យខ្មាស់ ឬគំរាមកុមារឡើយ។",
        },
        {
            "en": (
                "I will not be alone with a child out of sight of others, and will not contact children by "
                "phone or social media."
            ),
            "km": "ខ្ញុំនឹងមិននៅតែម្នាក់ឯងជាមួយកុមារ ដោយគ្មានអ្នកដទៃឃើញ ហើយនឹងមិនទាក់ទងកុមារតាមទូរស័ព្ទ ឬបណ្ដាញសង្គមឡើយ។",
        },
        {
            "en": (
                "I will not photograph children without consent, and will never share a child's name, face or village."
            ),
            "km": "ខ្ញុំនឹងមិនថតរូបកុមារដោយគ្មានការយល់ព្រម ហើយនឹងមិនចែករំលែកឈ្មោះ មុខ ឬភូមិរបស់កុមារឡើយ។",
        },
        {
            "en": "If I see or suspect harm to a child, I will tell CCPCR's child protection focal point the same day.",
            "km": "ប្រសិនបើខ្ញុំឃើញ ឬសង្ស័យថាមានគ្រោះថ្នាក់ដល់កុមារ ខ្ញុំនឹងប្រាប់អ្នកទទួលបន្ទុកការពារកុមាររបស់ CCPCR នៅថ្ងៃដដែល។",
        },
    ],
}


CONTACT = {
    "slug": "contact",
    "title": {"en": "Contact us", "km": "ទំនាក់ទំនងយើង"},
    "intro": {
        "en": (
            "Questions about our work, partnerships, donations or media requests? Write to us and a member of our "
            "team will reply in Khmer or English. If a child is in immediate danger, contact the police or the "
            "local authorities first."
        ),
        "km": (
            "មានសំណួរអំពីការងាររបស់យើង ភាពជាដៃគូ ការបរិច្ចាគ ឬសំណើពីអ្នកសារព័ត៌មានមែនទេ? សូមសរសេរមកយើង "
            "ហើយសមាជិកក្រុមការងាររបស់យើងនឹងឆ្លើយតបជាភាសាខ្មែរ ឬភាសាអង់គ្លេស។ ប្រសិនបើកុមារកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ភ្លាមៗ សូមទាក់ទងប៉ូលិស "
            "ឬអាជ្ញាធរមូលដ្ឋានជាមុនសិន។"
        ),
    },
    "thank_you": {
        "en": "Thank you for your message. We have received it and will reply as soon as we can.",
        "km": "សូមអរគុណសម្រាប់សាររបស់អ្នក។ យើងបានទទួលសារនេះហើយ ហើយនឹងឆ្លើយតបឱ្យបានឆាប់តាមដែលអាចធ្វើបាន។",
    },
    "fields": [
        {
            "label": {"en": "Name", "km": "ឈ្មោះ"},
            "field_type": "singleline",
            "required": True,
        },
        {
            "label": {"en": "Email", "km": "អ៊ីមែល"},
            "field_type": "email",
            "required": True,
        },
        {
            "label": {"en": "Subject", "km": "ប្រធានបទ"},
            "field_type": "singleline",
            "required": False,
        },
        {
            "label": {"en": "Message", "km": "សារ"},
            "field_type": "multiline",
            "required": True,
        },
    ],
}


FOOTER = {
    "about": {
        "en": (
            "CCPCR is a Cambodian NGO that has protected children from trafficking, exploitation, violence and "
            "unsafe migration since 1994."
        ),
        "km": (
            "CCPCR គឺជាអង្គការមិនមែនរដ្ឋាភិបាលកម្ពុជា ដែលបានការពារកុមារពីការជួញដូរមនុស្ស ការកេងប្រវ័ញ្ច អំពើហិង្សា "
            "និងការធ្វើចំណាកស្រុកដោយគ្មានសុវត្ថិភាព តាំងពីឆ្នាំ១៩៩៤មក។"
        ),
    },
    "address": {
        "en": "CCPCR Head Office, P.O. Box at the Phnom Penh Central Post Office, Phnom Penh, Kingdom of Cambodia",
        "km": "ការិយាល័យកណ្ដាល CCPCR ប្រអប់សំបុត្រនៅប៉ុស្តិ៍កណ្ដាលភ្នំពេញ រាជធានីភ្នំពេញ ព្រះរាជាណាចក្រកម្ពុជា",
    },
}


PARTNERS = [
    {
        "slug": "usaid-ctip",
        "name": {
            "en": "USAID Cambodia Countering Trafficking-in-Persons (CTIP), implemented by Winrock International",
            "km": "កម្មវិធីប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្សនៅកម្ពុជា (CTIP) របស់ USAID អនុវត្តដោយអង្គការ Winrock International",
        },
        "url": "https://www.winrock.org/",
        "description": {
            "en": (
                "Has supported CCPCR's repatriation, protection and prevention work, including livelihood training "
                "for families at risk."
            ),
            "km": (
                "បានគាំទ្រការងារធ្វើមាតុភូមិនិវត្តន៍ ការការពារ និងការបង្ការរបស់ CCPCR "
                "រួមទាំងវគ្គបណ្ដុះបណ្ដាលមុខរបរសម្រាប់គ្រួសារដែលប្រឈមនឹងហានិភ័យ។"
            ),
        },
    },
    {
        "slug": "svay-rieng-department-of-social-affairs",
        "name": {
            "en": "Svay Rieng Provincial Department of Social Affairs, Veterans and Youth Rehabilitation",
            "km": "មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តស្វាយរៀង",
        },
        "url": "https://www.mosvy.gov.kh/",
        "description": {
            "en": (
                "Works with CCPCR to receive returned children at Bavet and to plan their safe return to their "
                "families."
            ),
            "km": (
                "សហការជាមួយ CCPCR ក្នុងការទទួលកុមារដែលត្រូវបានបញ្ជូនត្រឡប់មកវិញនៅបាវិត និងរៀបចំផែនការឱ្យពួកគេត្រឡប់ទៅជួបជុំគ្រួសារវិញដោយសុវត្ថិភាព។"
            ),
        },
    },
    {
        "slug": "anti-trafficking-police",
        "name": {
            "en": "Anti-Human Trafficking and Juvenile Protection Police",
            "km": "នគរបាលប្រឆាំងការជួញដូរមនុស្ស និងការពារអនីតិជន",
        },
        "url": "",
        "description": {
            "en": "Coordinates cross-border handovers with CCPCR and investigates trafficking cases.",
            "km": "សម្របសម្រួលការប្រគល់ និងទទួលជនរងគ្រោះឆ្លងដែនជាមួយ CCPCR និងស៊ើបអង្កេតករណីជួញដូរមនុស្ស។",
        },
    },
    {
        "slug": "ngo-partners",
        "name": {"en": "Local and international NGO partners", "km": "អង្គការដៃគូក្នុងស្រុក និងអន្តរជាតិ"},
        "url": "",
        "description": {
            "en": (
                "Refer cases, share services and fund school materials, daily care and skills training at our shelter."
            ),
            "km": "បញ្ជូនករណី ចែករំលែកសេវា និងផ្ដល់មូលនិធិសម្រាប់សម្ភារៈសិក្សា ការថែទាំប្រចាំថ្ងៃ និងការបណ្ដុះបណ្ដាលជំនាញនៅជម្រករបស់យើង។",
        },
    },
]
