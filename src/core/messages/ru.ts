/**
 * The Russian texts of the messages in `en.ts`: the same keys and placeholders, with the four
 * Russian plural forms (`_one`, `_few`, `_many`, `_other`) wherever English has plurals.
 */
export const ru = {
  'app.exportRunning': 'Ещё идёт другой экспорт: дождитесь его окончания или отмените его.',
  'app.internal': 'Что-то пошло не так: {{reason}}',
  'app.notLanguageTag': '«{{tag}}» — не тег языка. Укажите тег BCP-47, например en, ru, kk или uz-Latn.',
  'app.notRecent': 'Этого файла нет в списке недавних.',
  'app.recoveryGone': 'Этой восстановленной работы больше нет.',
  'app.sameLanguages': 'Язык перевода должен отличаться от исходного.',
  'app.saveFailedHint':
    'Ваши изменения по-прежнему открыты в этом окне. Воспользуйтесь командой «Сохранить как…», чтобы сохранить их в другом месте.',
  'app.xliffTooLarge': 'Файл «{{name}}» слишком велик, чтобы быть переводом этого курса.',
  'cli.cannotRead': 'Не удаётся прочитать {{path}}: проверьте путь.',
  'course.courseMismatch': '{{source}} повреждён: курс в нём не соответствует формату.',
  'course.invalid': 'Курс содержит ошибки.',
  'course.newerVersion':
    '{{source}} сохранён более новой версией OER Studio (версия формата {{version}}, а эта версия читает до {{latest}}). Обновите OER Studio, чтобы открыть его.',
  'course.noCourseInJson': '{{source}} — не курс OER Studio: в его course.json нет курса.',
  'course.noMarker': '{{source}} — не курс OER Studio: в его course.json нет метки «{{marker}}».',
  'course.unknownVersion': '{{source}}: неизвестная версия формата ({{version}}).',
  'export.cancelled': 'Экспорт отменён.',
  'export.entryPast4GiB': '{{path}} выходит за предел 4 ГиБ',
  'export.failed': 'Экспорт {{format}} не удался: {{reason}}',
  'export.folderExists': 'Папка «{{name}}» уже существует: выберите другое имя.',
  'export.noAlt': 'У изображения в уроке «{{title}}» ({{lang}}) нет текстовой альтернативы.',
  'export.noSuchLanguage': 'В курсе нет языка «{{lang}}»: его языки — {{source}} и {{target}}.',
  'export.noText': 'В уроке «{{title}}» ещё нет текста на языке {{lang}}.',
  'export.over4GiB': 'всего больше 4 ГиБ',
  'export.tooManyFiles': 'файлов: {{count}}, а допустимо не больше 65 535',
  'export.unknownFormat': 'Неизвестный формат экспорта «{{id}}». Известные форматы: {{known}}.',
  'export.zipTooLarge':
    'Пакет слишком велик для zip-архива ({{what}}); разделите курс на несколько курсов поменьше.',
  'file.named': 'Файл «{{name}}»',
  'file.this': 'Этот файл',
  'import.badZip': '{{name}} повреждён: он похож на zip-архив, но прочитать его не удаётся. {{importable}}',
  'import.docxPartTooLarge': 'Его часть «{{name}}» слишком велика для импорта.',
  'import.docxUnreadable':
    'Он похож на документ Word, но прочитать его не удаётся ({{error}}). Откройте его в Word и снова сохраните в формате .docx.',
  'import.importable':
    'OER Studio импортирует пакеты, которые она экспортировала сама, пакеты IMS Common Cartridge 1.1–1.3 (.imscc), SCORM 1.2 и SCORM 2004 (.zip), а также документы Word (.docx).',
  'import.isProject':
    '{{name}} — файл курса OER Studio, а не пакет: откройте его командой «Открыть», а не «Импорт».',
  'import.manifestNoRoot': 'В его файле imsmanifest.xml нет элемента <manifest>.',
  'import.manifestNotXml': 'Его файл imsmanifest.xml не читается как XML ({{error}}).',
  'import.notImported': '{{name}} не импортирован. {{reason}}',
  'import.notOwnPackage':
    '{{name}} создан не в OER Studio (в нём нет {{path}}), поэтому открыть его снова как курс нельзя.',
  'import.notPackage': '{{name}} нельзя импортировать: это не пакет и не документ Word. {{importable}}',
  'import.notZipPackage': '{{name}} — не zip-пакет, поэтому импортировать его нельзя.',
  'import.oldOffice':
    '{{name}} — старый документ Word (.doc) или другой файл Office 97–2003. Сохраните его в Word в формате .docx, а затем импортируйте. {{importable}}',
  'import.otherOffice':
    '{{name}} — файл Office, но не документ Word (возможно, таблица или презентация). {{importable}}',
  'import.unknownZip':
    '{{name}} нельзя импортировать: это zip-архив, но в нём нет ни imsmanifest.xml, ни курса OER Studio, ни документа Word. {{importable}}',
  'io.failed': '{{what}}: {{reason}}.',
  'io.notRead': '{{name}} не удалось прочитать',
  'io.notSaved': '{{name}} не удалось сохранить',
  'io.notWritten': '{{name}} не удалось записать',
  'io.reason.EACCES': 'нет доступа: выберите другую папку',
  'io.reason.EDQUOT': 'ваша дисковая квота исчерпана: освободите место или выберите другой диск',
  'io.reason.EIO': 'диск сообщил об ошибке: проверьте его или выберите другой диск',
  'io.reason.EISDIR': 'это папка, а не файл',
  'io.reason.ENOENT': 'файла или его папки не существует',
  'io.reason.ENOSPC': 'диск заполнен: освободите место или выберите другой диск',
  'io.reason.EPERM': 'нет доступа: выберите другую папку',
  'io.reason.EROFS': 'диск доступен только для чтения: выберите другую папку',
  'media.tooLarge': 'Файл «{{name}}» больше 1 ГБ; сначала сожмите его.',
  'media.unsupported':
    '«{{name}}» — неподдерживаемый медиафайл. Добавьте изображение (PNG, JPEG, GIF, WebP, SVG), аудио (MP3, OGG, WAV) или видео (MP4, WebM).',
  'part.courseJson': 'его файл course.json',
  'part.lessonText': 'текст урока «{{title}}»',
  'project.assetMissing': 'В курсе не хватает медиафайла ({{hash}}…).',
  'project.assetNotInFile': 'Файла «{{name}}» нет в проекте.',
  'project.assetUnreadable': 'Не удалось прочитать файл «{{name}}», используемый в курсе.',
  'project.cutShort':
    '{{name}} повреждён: он обрывается раньше времени (возможно, из-за переполненного диска или незавершённого копирования либо скачивания), поэтому в нём нет списка содержимого. Откройте более раннюю копию или резервную копию ({{backup}}), если она есть.',
  'project.entryChecksum': '{{name}} повреждён: {{what}} не совпадает со своей контрольной суммой.',
  'project.entryTooLarge': '{{name}} повреждён: {{what}} неправдоподобно большого размера.',
  'project.entryUnpack': '{{name}} повреждён: не удаётся распаковать {{what}}.',
  'project.lessonEntryOther': '{{name}} повреждён: на месте урока «{{title}}» записан другой урок.',
  'project.lessonGone': 'Текста урока «{{title}}» больше нет в файле проекта, поэтому сохранить его нельзя.',
  'project.lessonMismatch': '{{name}} повреждён: урок «{{title}}» не соответствует формату.',
  'project.lessonMissing': '{{name}} повреждён: в нём нет урока «{{title}}».',
  'project.lessonTextMissing': '{{name}} повреждён: в нём нет текста урока «{{id}}».',
  'project.lessonUnpack': '{{name}} повреждён: не удаётся распаковать урок «{{title}}».',
  'project.lessonUnreadable': '{{name}} повреждён: не удаётся прочитать урок «{{title}}».',
  'project.noCourseJson': '{{name}} — zip-архив, но не курс OER Studio: в нём нет course.json.',
  'project.notAZip':
    '{{name}} — не курс OER Studio: это не zip-архив. Откройте файл .oercourse, а файлы других форматов добавьте через «Импорт».',
  'project.notJson': '{{name}} повреждён: {{what}} — некорректный JSON ({{error}}).',
  'project.notOpened': '{{name}} не открыт. {{reason}}',
  'project.writeCheckFailed':
    'Курс не удалось сохранить: записанный файл не прочитался обратно без ошибок ({{why}}). Предыдущая версия не изменилась; попробуйте ещё раз или сохраните курс на другой диск.',
  'recovery.fileChanged':
    'он оставался в файле «{{where}}», который с тех пор изменился и больше его не содержит',
  'recovery.fileGone': 'он оставался в файле «{{where}}», которого больше нет',
  'recovery.fileLacks': 'он оставался в файле «{{where}}», который больше его не содержит',
  'recovery.fileUnreadable': 'он оставался в файле «{{where}}», который больше не читается',
  'recovery.mediaLost': 'Файл «{{name}}» не удалось восстановить: {{why}}.',
  'recovery.notInCopy': 'его нет в восстановленной работе',
  'report.assetNotInPackage': 'Файла «{{name}}» нет в пакете.',
  'report.assetReplaced': 'Файл «{{name}}» в пакете — не тот, что использовался в курсе; он пропущен.',
  'report.assignment': 'Задание «{{title}}» не импортировано: задания не поддерживаются.',
  'report.assignmentAsPage':
    'Задание «{{title}}» импортировано как страница: его настройки сдачи и оценивания не перенесены.',
  'report.badWebLink': 'Веб-ссылка «{{title}}» не импортирована: её адрес не указан или это не веб-адрес.',
  'report.discussion':
    'Обсуждение «{{title}}» импортировано как страница: сам форум обсуждения не поддерживается.',
  'report.docxImage':
    'Изображение № {{n}} в документе («{{extension}}») сохранено в формате, который браузеры не показывают (например, EMF или WMF); оно пропущено.',
  'report.drop.embed': 'Встроенные объекты и плагины (object, embed, applet) удалены',
  'report.drop.form': 'Формы и поля ввода удалены',
  'report.drop.frame': 'Встроенные фреймы (iframe) удалены',
  'report.drop.graphics': 'Встроенные рисунки и формулы (SVG, MathML, canvas) удалены',
  'report.drop.media': 'Видео и аудио удалены; добавьте их заново как медиафайлы',
  'report.drop.pageLink': 'Ссылки на другие страницы пакета превращены в обычный текст',
  'report.drop.script': 'Скрипты удалены (в уроках они не выполняются)',
  'report.drop.style': 'Оформление страниц (цвета, шрифты, вёрстка) не сохранено',
  'report.drop.table': 'Таблицы превращены в обычные абзацы (в уроках пока нет таблиц)',
  'report.drop.webImage':
    'Изображения по ссылкам из интернета пропущены (импортируются только изображения из самого файла)',
  'report.droppedOn_few': '{{what}}: на {{count}} страницах ({{pages}}).',
  'report.droppedOn_many': '{{what}}: на {{count}} страницах ({{pages}}).',
  'report.droppedOn_one': '{{what}}: на {{count}} странице ({{pages}}).',
  'report.droppedOn_other': '{{what}}: на {{count}} страницах ({{pages}}).',
  'report.fileDamaged': 'Файл «{{path}}» в пакете повреждён, прочитать его не удалось.',
  'report.fileMissing': 'Файл «{{path}}» указан в пакете, но в самом пакете его нет.',
  'report.fileTooLarge': 'Файл «{{path}}» слишком велик для импорта.',
  'report.flattened': 'Вложенные разделы внутри модулей упразднены: их уроки добавлены в сам модуль.',
  'report.imageMissing': 'Изображения «{{path}}» нет в пакете.',
  'report.imageNotInPackage': 'Изображения «{{src}}» со страницы «{{page}}» нет в пакете; оно пропущено.',
  'report.imageOutside':
    'Изображение на странице «{{page}}» ссылается за пределы пакета («{{src}}»); оно отклонено.',
  'report.loosePages_few': '{{count}} страницы вне модулей добавлены в модуль «{{module}}».',
  'report.loosePages_many': '{{count}} страниц вне модулей добавлены в модуль «{{module}}».',
  'report.loosePages_one': '{{count}} страница вне модулей добавлена в модуль «{{module}}».',
  'report.loosePages_other': '{{count}} страницы вне модулей добавлены в модуль «{{module}}».',
  'report.lti': 'Внешний инструмент «{{title}}» не импортирован: инструменты LTI не поддерживаются.',
  'report.name': '«{{name}}»',
  'report.nameList': '{{first}}, {{rest}}',
  'report.namesMore': '{{names}} и ещё {{count}}',
  'report.notPage': 'Файл «{{name}}» не импортирован: уроками становятся только веб-страницы.',
  'report.notPicture':
    'Изображение на странице «{{page}}» («{{name}}») не может быть показано в браузере; оно пропущено.',
  'report.notXml': 'Файл «{{path}}» не импортирован: его не удаётся прочитать как XML.',
  'report.nothingImported':
    'Ничто в пакете не удалось превратить в урок, поэтому курс начинается с одного пустого урока.',
  'report.otherTool': 'Элемент «{{title}}» не импортирован: в нём настройки или файлы другой программы.',
  'report.pageOutside': 'Элемент «{{title}}» не импортирован: его страница находится за пределами пакета.',
  'report.questionBank': 'Банк вопросов «{{title}}» не импортирован: тесты пока не поддерживаются.',
  'report.questionBankQuestions_few':
    'Банк вопросов «{{title}}» ({{count}} вопроса) не импортирован: тесты пока не поддерживаются.',
  'report.questionBankQuestions_many':
    'Банк вопросов «{{title}}» ({{count}} вопросов) не импортирован: тесты пока не поддерживаются.',
  'report.questionBankQuestions_one':
    'Банк вопросов «{{title}}» ({{count}} вопрос) не импортирован: тесты пока не поддерживаются.',
  'report.questionBankQuestions_other':
    'Банк вопросов «{{title}}» ({{count}} вопроса) не импортирован: тесты пока не поддерживаются.',
  'report.quiz': 'Тест «{{title}}» не импортирован: тесты пока не поддерживаются.',
  'report.quizQuestions_few':
    'Тест «{{title}}» ({{count}} вопроса) не импортирован: тесты пока не поддерживаются.',
  'report.quizQuestions_many':
    'Тест «{{title}}» ({{count}} вопросов) не импортирован: тесты пока не поддерживаются.',
  'report.quizQuestions_one':
    'Тест «{{title}}» ({{count}} вопрос) не импортирован: тесты пока не поддерживаются.',
  'report.quizQuestions_other':
    'Тест «{{title}}» ({{count}} вопроса) не импортирован: тесты пока не поддерживаются.',
  'report.repeated_few': '{{line}} ({{count}} раза)',
  'report.repeated_many': '{{line}} ({{count}} раз)',
  'report.repeated_one': '{{line}} ({{count}} раз)',
  'report.repeated_other': '{{line}} ({{count}} раза)',
  'report.scripted':
    'Элемент «{{title}}» не импортирован: его содержимое создают скрипты (это тест или интерактивное упражнение).',
  'report.scriptedPage':
    'Страница «{{title}}» не импортирована: её содержимое создают скрипты (это тест или интерактивное упражнение).',
  'report.undescribed': 'Элемент «{{title}}» не импортирован: в пакете не описано, на что он указывает.',
  'report.unsupportedType': 'Элемент «{{title}}» не импортирован: ресурсы типа «{{type}}» не поддерживаются.',
  'report.wordConversion': 'Преобразование из Word: {{message}}',
  'report.wordParagraphStyle': 'Абзацы в стиле Word «{{style}}» импортированы как обычные абзацы.',
  'report.wordRunStyle': 'Текст в стиле Word «{{style}}» импортирован без этого стиля.',
  'salvage.afterCut': 'Все уроки после места обрыва утрачены.',
  'salvage.afterDamage': 'Все уроки после места повреждения утрачены.',
  'salvage.assetRecord': 'Запись о файле «{{name}}» была повреждена и пропущена.',
  'salvage.assetRecordNumber': 'Запись о файле № {{n}} была повреждена и пропущена.',
  'salvage.beforeRecovered': '{{cause}}: то, что было до этого места, восстановлено.',
  'salvage.cause.cut.clause':
    'он обрывается раньше времени (возможно, из-за переполненного диска или незавершённого копирования либо скачивания)',
  'salvage.cause.cut.line':
    'Файл обрывается раньше времени (возможно, из-за переполненного диска или незавершённого копирования либо скачивания)',
  'salvage.cause.damaged.clause': 'он повреждён в середине',
  'salvage.cause.damaged.line': 'Файл повреждён в середине',
  'salvage.cause.directory.clause': 'список его содержимого в конце файла обрезан или повреждён',
  'salvage.cause.directory.line': 'Список содержимого в конце файла обрезан или повреждён',
  'salvage.directoryLost':
    'Конец файла со списком его содержимого обрезан или повреждён, но сам курс восстановлен.',
  'salvage.field.authors': 'Список авторов курса был повреждён и сброшен.',
  'salvage.field.description': 'Описание курса было повреждено и сброшено.',
  'salvage.field.institution': 'Организация курса была повреждена и сброшена.',
  'salvage.field.keywords': 'Ключевые слова курса были повреждены и сброшены.',
  'salvage.field.licence': 'Лицензия курса была повреждена и сброшена.',
  'salvage.languagesGuessed':
    'Языки курса определены по урокам: {{source}} (исходный) и {{target}} (перевод).',
  'salvage.lessonCut': 'Ещё один урок оборвался на середине и утрачен вместе со всеми следующими уроками.',
  'salvage.lessonEmptied': 'Урок «{{title}}»: его текст был повреждён, поэтому урок теперь пуст.',
  'salvage.lessonLeftOut': 'Урок «{{title}}» повреждён без возможности восстановления и пропущен.',
  'salvage.lessonUnreadable': 'Урок «{{title}}»: его текст не удалось прочитать, поэтому урок теперь пуст.',
  'salvage.lessonsUnreadable_few': 'Ещё {{count}} урока не удалось прочитать, они утрачены.',
  'salvage.lessonsUnreadable_many': 'Ещё {{count}} уроков не удалось прочитать, они утрачены.',
  'salvage.lessonsUnreadable_one': 'Ещё {{count}} урок не удалось прочитать, он утрачен.',
  'salvage.lessonsUnreadable_other': 'Ещё {{count}} урока не удалось прочитать, они утрачены.',
  'salvage.lessons_few': '{{count}} урока',
  'salvage.lessons_many': '{{count}} уроков',
  'salvage.lessons_one': '{{count}} урок',
  'salvage.lessons_other': '{{count}} урока',
  'salvage.lessons_zero': 'ни одного урока',
  'salvage.mediaFiles_few': '{{count}} медиафайла',
  'salvage.mediaFiles_many': '{{count}} медиафайлов',
  'salvage.mediaFiles_one': '{{count}} медиафайл',
  'salvage.mediaFiles_other': '{{count}} медиафайла',
  'salvage.mediaFiles_zero': 'ни одного медиафайла',
  'salvage.mediaUnreadable_few': '{{count}} медиафайла не удалось прочитать, они утрачены.',
  'salvage.mediaUnreadable_many': '{{count}} медиафайлов не удалось прочитать, они утрачены.',
  'salvage.mediaUnreadable_one': '{{count}} медиафайл не удалось прочитать, он утрачен.',
  'salvage.mediaUnreadable_other': '{{count}} медиафайла не удалось прочитать, они утрачены.',
  'salvage.nothingLeft':
    '{{name}} повреждён: {{cause}}, и из оставшегося не удалось восстановить ни одного урока, поэтому открыть из курса нечего. Откройте более раннюю копию или резервную копию ({{backup}}), если она есть.',
  'salvage.oneLanguage':
    'В уроках есть только один язык ({{source}}), поэтому второй язык курса неизвестен («und»).',
  'salvage.outlineLost':
    'Структура курса утрачена: название и сведения о курсе (описание, авторы, ключевые слова, лицензия), его модули, а также названия и порядок уроков.',
  'salvage.outlineRebuilt':
    'Найденные уроки собраны в один модуль «{{module}}» в том порядке, в каком они найдены; название каждого урока взято из его первого заголовка (или «Lesson 1», «Lesson 2»…), а курс назван по имени файла.',
  'salvage.outlineRecovered': '{{cause}}: структура курса и всё, что шло до повреждения, восстановлены.',
  'salvage.picturesLost': 'Файлы изображений в уроках утрачены.',
  'salvage.picturesUnlinked':
    'Изображения в уроках потеряли связь со своими файлами: найденные файлы находятся в медиафайлах курса («Медиа…»), вставьте их заново.',
  'salvage.recovered': 'Восстановлено: {{lessons}} и {{media}}.',
  'xliff.fileWithoutId': '(файл без id)',
  'xliff.noLanguage': '(язык не указан)',
  'xliff.noVersion':
    'В этом файле XLIFF не указана версия, а OER Studio читает XLIFF 1.2 и 2.0. Сохраните его в одной из этих версий в CAT-программе.',
  'xliff.notXliff':
    'Этот файл — не XLIFF. Импортируйте файл .xlf, который CAT-программа (OmegaT, Trados…) создала из экспорта XLIFF OER Studio.',
  'xliff.otherCourse':
    'Этот файл XLIFF экспортирован из другого курса (id {{fileCourse}}), а не из курса «{{title}}» (id {{course}}). Откройте курс, из которого он экспортирован, и импортируйте файл туда.',
  'xliff.otherLanguages':
    'Этот файл XLIFF — перевод {{fileSource}} → {{fileTarget}}, а в курсе {{source}} → {{target}}. Экспортируйте из этого курса новый файл XLIFF и переведите его.',
  'xliff.unknownLessons':
    'В курсе нет урока с id {{ids}}. Укажите id уроков курса или не указывайте уроки, чтобы экспортировать весь курс.',
  'xliff.unsupportedVersion':
    'Этот файл XLIFF версии {{version}}, а OER Studio читает XLIFF 1.2 и 2.0. Сохраните его в одной из этих версий в CAT-программе.',
  'xliff.whereCourse': 'Курс',
  'xliff.whereModule': 'Модуль «{{title}}»',
  'xml.notWellFormed': '{{what}} (ошибка XML в строке {{line}}: {{error}})',
  'zip.absolutePath': '«{{name}}» — абсолютный путь',
  'zip.backslashes': 'в имени «{{name}}» есть обратные косые черты',
  'zip.bomb': '«{{name}}» сжат в {{ratio}} раз, как zip-бомба',
  'zip.climbsOut': '«{{name}}» выходит за пределы архива через ..',
  'zip.duplicate':
    '«{{name}}» встречается дважды (имена, различающиеся только регистром букв, считаются одинаковыми)',
  'zip.entryTooLarge': '«{{name}}» при распаковке занимает больше {{max}} байт',
  'zip.nulCharacter': 'в имени «{{name}}» есть символ NUL',
  'zip.symlink': '«{{name}}» — символическая ссылка',
  'zip.tooManyEntries': 'в нём файлов: {{count}}, а в курсе может быть не больше {{max}}',
  'zip.totalTooLarge': 'его файлы при распаковке занимают больше {{max}} байт',
  'zip.unsafe': 'Этот файл отклонён как небезопасный: {{why}}.',
  'zip.unsafeName': '«{{name}}» — небезопасное имя',
  'file.thisPackage': 'Этот пакет',
  'part.embeddedCourseJson': 'встроенный в него файл course.json',
} as const satisfies Record<string, string>;
