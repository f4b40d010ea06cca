"""Titles and introductions of the site's section pages, in both languages."""

PROGRAMMES_INDEX = {
    "slug": "programmes",
    "title": {"en": "Our programmes", "km": "កម្មវិធីរបស់យើង"},
    "intro": {
        "en": "Three programmes work together: we protect children at risk, prevent trafficking and help children "
        "return to their families, and give a safe home to those who cannot yet go back.",
        "km": "កម្មវិធីទាំងបីធ្វើការរួមគ្នា៖ យើងការពារកុមារដែលប្រឈមនឹងហានិភ័យ បង្ការការជួញដូរ "
        "និងជួយកុមារឱ្យវិលត្រឡប់ទៅរកគ្រួសារវិញ ព្រមទាំងផ្ដល់ជម្រកមានសុវត្ថិភាពដល់កុមារដែលមិនទាន់អាចវិលត្រឡប់ទៅផ្ទះបាន។",
    },
}

NEWS_INDEX = {
    "slug": "news",
    "title": {"en": "News and stories", "km": "ព័ត៌មាន និងរឿងរ៉ាវ"},
    "intro": {
        "en": "What CCPCR and its partners have done lately, and stories of children we work with.",
        "km": "សកម្មភាពថ្មីៗរបស់ CCPCR និងដៃគូ ព្រមទាំងរឿងរ៉ាវរបស់កុមារដែលយើងធ្វើការជាមួយ។",
    },
}

DOCUMENTS_INDEX = {
    "slug": "documents",
    "title": {"en": "Documents", "km": "ឯកសារ"},
    "intro": {
        "en": "Our annual reports, policies, research and newsletters to read and download.",
        "km": "របាយការណ៍ប្រចាំឆ្នាំ គោលនយោបាយ ការស្រាវជ្រាវ និងព្រឹត្តិប័ត្ររបស់យើង សម្រាប់អាន និងទាញយក។",
    },
}

CAREERS_INDEX = {
    "slug": "careers",
    "title": {"en": "Careers", "km": "ឱកាសការងារ"},
    "intro": {
        "en": "Join a Cambodian team that has protected children since 1994.",
        "km": "ចូលរួមជាមួយក្រុមការងារកម្ពុជាដែលបានការពារកុមារតាំងពីឆ្នាំ ១៩៩៤ មក។",
    },
}

VOLUNTEER_INDEX = {
    "slug": "volunteer",
    "title": {"en": "Volunteer", "km": "ស្ម័គ្រចិត្ត"},
    "intro": {
        "en": "Give your time and skills. Every volunteer who works near children is screened first.",
        "km": "ចូលរួមចំណាយពេលវេលា និងជំនាញរបស់អ្នក។ អ្នកស្ម័គ្រចិត្តគ្រប់រូបដែលធ្វើការជិតកុមារ ត្រូវឆ្លងកាត់ការត្រួតពិនិត្យជាមុនសិន។",
    },
}

DONATE = {
    "slug": "donate",
    "title": {"en": "Donate", "km": "បរិច្ចាគ"},
    "intro": {
        "en": "Your gift pays for school materials, counselling and a safe bed for a child who needs one.",
        "km": "អំណោយរបស់អ្នកជួយចំណាយលើសម្ភារៈសិក្សា ការប្រឹក្សាយោបល់ និងកន្លែងស្នាក់នៅមានសុវត្ថិភាពសម្រាប់កុមារដែលត្រូវការ។",
    },
    "body": [
        {
            "en": "CCPCR's work is funded by local and international partners and by people like you.",
            "km": "ការងាររបស់ CCPCR ទទួលបានមូលនិធិពីដៃគូក្នុងស្រុក និងអន្តរជាតិ ព្រមទាំងពីសប្បុរសជនដូចជាអ្នក។",
        },
        {
            "en": "To give, or to support a programme over several years, please write to us through the contact "
            "page and we will reply with the ways to give from Cambodia and from abroad.",
            "km": "ដើម្បីបរិច្ចាគ ឬគាំទ្រកម្មវិធីណាមួយរយៈពេលច្រើនឆ្នាំ សូមសរសេរមកយើងតាមរយៈទំព័រទំនាក់ទំនង "
            "ហើយយើងនឹងឆ្លើយតបអំពីវិធីបរិច្ចាគពីក្នុងប្រទេសកម្ពុជា និងពីបរទេស។",
        },
    ],
}

IMAGE_ALT = {
    "en": "An illustration of a Cambodian village landscape",
    "km": "រូបគំនូរទេសភាពភូមិមួយនៅកម្ពុជា",
}

CONTACT_SUBJECT = {"en": "Message from the CCPCR website", "km": "សារពីគេហទំព័រ CCPCR"}
