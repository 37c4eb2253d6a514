/**
 * The English texts of the messages core and the Node layer make (see `message.ts`): errors,
 * warnings and report lines. The one source of their English wording: `OerError.message` and
 * the CLI use it too. i18next syntax: `{{name}}` placeholders, plural forms by `count`.
 */
export const en = {
  'app.exportRunning': 'Another export is still running; wait for it or cancel it.',
  'app.internal': 'Something went wrong: {{reason}}',
  'app.notLanguageTag': '"{{tag}}" is not a language tag. Use a BCP-47 tag such as en, ru, kk or uz-Latn.',
  'app.notRecent': 'That file is not in the list of recent files.',
  'app.recoveryGone': 'This recovered work is no longer there.',
  'app.sameLanguages': 'The source and target languages must differ.',
  'app.saveFailedHint':
    'Your changes are still open in this window. Use Save As… to save them somewhere else.',
  'app.xliffTooLarge': '"{{name}}" is too large to be a translation of this course.',
  'cli.cannotRead': 'Cannot read {{path}}: check the path.',
  'course.courseMismatch': '{{source}} is damaged: its course does not match the format.',
  'course.invalid': 'The course is not valid.',
  'course.newerVersion':
    '{{source}} was saved by a newer OER Studio (format version {{version}}; this version reads up to {{latest}}). Update OER Studio to open it.',
  'course.noCourseInJson': '{{source}} is not an OER Studio course: its course.json holds no course.',
  'course.noMarker': '{{source}} is not an OER Studio course (its course.json has no "{{marker}}" marker).',
  'course.unknownVersion': '{{source}} has an unknown format version ({{version}}).',
  'export.cancelled': 'The export was cancelled.',
  'export.entryPast4GiB': '{{path}} goes past 4 GiB',
  'export.failed': 'The {{format}} export failed: {{reason}}',
  'export.folderExists': '"{{name}}" already exists: choose a new folder name.',
  'export.noAlt': 'An image in lesson "{{title}}" ({{lang}}) has no alt text.',
  'export.noSuchLanguage':
    'The course has no language "{{lang}}": its languages are {{source}} and {{target}}.',
  'export.noText': 'Lesson "{{title}}" has no {{lang}} text yet.',
  'export.over4GiB': 'over 4 GiB in all',
  'export.tooManyFiles': '{{count}} files; at most 65,535',
  'export.unknownFormat': 'Unknown export format "{{id}}". Known formats: {{known}}.',
  'export.zipTooLarge':
    'The package is too large for a zip file ({{what}}); split the course into smaller ones.',
  'file.named': '"{{name}}"',
  'file.this': 'This file',
  'import.badZip': '{{name}} is damaged: it looks like a zip but cannot be read. {{importable}}',
  'import.docxPartTooLarge': 'Its part "{{name}}" is too large to import.',
  'import.docxUnreadable':
    'It looks like a Word document but cannot be read ({{error}}). Open it in Word and save it again as .docx.',
  'import.importable':
    'OER Studio imports packages it exported itself, IMS Common Cartridge 1.1–1.3 (.imscc), SCORM 1.2 and SCORM 2004 packages (.zip), and Word documents (.docx).',
  'import.isProject':
    '{{name}} is an OER Studio course file, not a package: open it with Open instead of Import.',
  'import.manifestNoRoot': 'Its imsmanifest.xml has no <manifest> element.',
  'import.manifestNotXml': 'Its imsmanifest.xml cannot be read as XML ({{error}}).',
  'import.notImported': '{{name}} was not imported. {{reason}}',
  'import.notOwnPackage':
    '{{name}} was not made by OER Studio (it has no {{path}}), so it cannot be reopened as a course.',
  'import.notPackage': '{{name}} cannot be imported: it is not a package or a Word document. {{importable}}',
  'import.notZipPackage': '{{name}} is not a zip package, so it cannot be imported.',
  'import.oldOffice':
    '{{name}} is an old Word document (.doc) or another Office 97–2003 file. Save it as .docx in Word, then import it. {{importable}}',
  'import.otherOffice':
    '{{name}} is an Office file but not a Word document (a spreadsheet or a presentation, perhaps). {{importable}}',
  'import.unknownZip':
    '{{name}} cannot be imported: it is a zip, but holds no imsmanifest.xml, no OER Studio course and no Word document. {{importable}}',
  'io.failed': '{{what}}: {{reason}}.',
  'io.notRead': '{{name}} could not be read',
  'io.notSaved': '{{name}} could not be saved',
  'io.notWritten': '{{name}} could not be written',
  'io.reason.EACCES': 'permission denied: choose another folder',
  'io.reason.EDQUOT': 'your disk quota is used up: free some space or choose another disk',
  'io.reason.EIO': 'the disk reported an error: check it, or choose another disk',
  'io.reason.EISDIR': 'that is a folder, not a file',
  'io.reason.ENOENT': 'the file or its folder does not exist',
  'io.reason.ENOSPC': 'the disk is full: free some space or choose another disk',
  'io.reason.EPERM': 'permission denied: choose another folder',
  'io.reason.EROFS': 'the disk is read-only: choose another folder',
  'media.tooLarge': '"{{name}}" is larger than 1 GB; compress it first.',
  'media.unsupported':
    '"{{name}}" is not a supported media file. Add an image (PNG, JPEG, GIF, WebP, SVG), audio (MP3, OGG, WAV) or video (MP4, WebM).',
  'part.courseJson': 'its course.json',
  'part.lessonText': 'the text of lesson "{{title}}"',
  'project.assetMissing': 'An asset of the course is missing ({{hash}}…).',
  'project.assetNotInFile': 'The file "{{name}}" is missing from the project.',
  'project.assetUnreadable': 'The file "{{name}}" used in the course could not be read.',
  'project.cutShort':
    '{{name}} is damaged: it was cut short (perhaps by a full disk, or a copy or download that did not finish), so the list of its contents is missing. Open an earlier copy, or its backup ({{backup}}) if there is one.',
  'project.entryChecksum': '{{name}} is damaged: {{what}} does not match its checksum.',
  'project.entryTooLarge': '{{name}} is damaged: {{what}} is implausibly large.',
  'project.entryUnpack': '{{name}} is damaged: {{what}} cannot be unpacked.',
  'project.lessonEntryOther': '{{name}} is damaged: the entry of lesson "{{title}}" holds another lesson.',
  'project.lessonGone':
    'The text of lesson "{{title}}" is no longer in the project file, so it cannot be saved.',
  'project.lessonMismatch': '{{name}} is damaged: lesson "{{title}}" does not match the format.',
  'project.lessonMissing': '{{name}} is damaged: lesson "{{title}}" is missing from it.',
  'project.lessonTextMissing': '{{name}} is damaged: the text of lesson "{{id}}" is missing from it.',
  'project.lessonUnpack': '{{name}} is damaged: lesson "{{title}}" cannot be unpacked.',
  'project.lessonUnreadable': '{{name}} is damaged: lesson "{{title}}" cannot be read.',
  'project.noCourseJson': '{{name}} is a zip archive but not an OER Studio course: it has no course.json.',
  'project.notAZip':
    '{{name}} is not an OER Studio course: it is not a zip archive. Open a .oercourse file, or use Import for other formats.',
  'project.notJson': '{{name}} is damaged: {{what}} is not valid JSON ({{error}}).',
  'project.notOpened': '{{name}} was not opened. {{reason}}',
  'project.writeCheckFailed':
    'The course could not be saved: the file written did not read back correctly ({{why}}). The previous version is unchanged; try again, or save to another disk.',
  'recovery.fileChanged': 'it was left in "{{where}}", which has changed since and no longer holds it',
  'recovery.fileGone': 'it was left in "{{where}}", which is no longer there',
  'recovery.fileLacks': 'it was left in "{{where}}", which no longer holds it',
  'recovery.fileUnreadable': 'it was left in "{{where}}", which can no longer be read',
  'recovery.mediaLost': 'The file "{{name}}" could not be recovered: {{why}}.',
  'recovery.notInCopy': 'it is missing from the recovered work',
  'report.assetNotInPackage': 'The file "{{name}}" is not in the package.',
  'report.assetReplaced':
    'The file "{{name}}" in the package is not the one the course used; it was left out.',
  'report.assignment': 'Assignment "{{title}}" was not imported: assignments are not supported.',
  'report.assignmentAsPage':
    'Assignment "{{title}}" was imported as a page: its submission and grading settings were not.',
  'report.badWebLink':
    'The web link "{{title}}" was not imported: its address is missing or not a web address.',
  'report.discussion':
    'Discussion "{{title}}" was imported as a page: the discussion forum itself is not supported.',
  'report.docxImage':
    'Image {{n}} of the document ("{{extension}}") is in a format browsers cannot show (such as EMF or WMF); it was left out.',
  'report.drop.embed': 'Embedded objects and plug-ins (object, embed, applet) were removed',
  'report.drop.form': 'Forms and input fields were removed',
  'report.drop.frame': 'Embedded frames (iframe) were removed',
  'report.drop.graphics': 'Inline drawings and formulas (SVG, MathML, canvas) were removed',
  'report.drop.media': 'Video and audio were removed; add them again as media files',
  'report.drop.pageLink': 'Links to other pages of the package were turned into plain text',
  'report.drop.script': 'Scripts were removed (lessons cannot run them)',
  'report.drop.style': 'Page styling (colours, fonts, layout) was not kept',
  'report.drop.table': 'Tables were turned into plain paragraphs (lessons have no tables yet)',
  'report.drop.webImage':
    'Images linked from the web were left out (only images inside the file are imported)',
  'report.droppedOn_one': '{{what}}: on {{count}} page ({{pages}}).',
  'report.droppedOn_other': '{{what}}: on {{count}} pages ({{pages}}).',
  'report.fileDamaged': 'The file "{{path}}" is damaged in the package and could not be read.',
  'report.fileMissing': 'The file "{{path}}" is listed in the package but missing from it.',
  'report.fileTooLarge': 'The file "{{path}}" is too large to import.',
  'report.flattened':
    'Sections nested inside modules were flattened: their lessons were added to the module.',
  'report.imageMissing': 'The image "{{path}}" is missing from the package.',
  'report.imageNotInPackage': 'The image "{{src}}" on "{{page}}" is not in the package; it was left out.',
  'report.imageOutside': 'An image on "{{page}}" points outside the package ("{{src}}"); it was refused.',
  'report.loosePages_one': 'A page outside any module was added to the module "{{module}}".',
  'report.loosePages_other': '{{count}} pages outside any module were added to the module "{{module}}".',
  'report.lti': 'External tool "{{title}}" was not imported: LTI tools are not supported.',
  'report.name': '"{{name}}"',
  'report.nameList': '{{first}}, {{rest}}',
  'report.namesMore': '{{names}} and {{count}} more',
  'report.notPage': 'The file "{{name}}" was not imported: only web pages become lessons.',
  'report.notPicture':
    'An image on "{{page}}" ("{{name}}") is not a picture a browser can show; it was left out.',
  'report.notXml': '"{{path}}" was not imported: it is not readable XML.',
  'report.nothingImported':
    'Nothing in the package could become a lesson, so the course starts with an empty one.',
  'report.otherTool': '"{{title}}" was not imported: it holds settings or files of another tool.',
  'report.pageOutside': '"{{title}}" was not imported: its page lies outside the package.',
  'report.questionBank': 'Question bank "{{title}}" was not imported: quizzes are not supported yet.',
  'report.questionBankQuestions_one':
    'Question bank "{{title}}" ({{count}} question) was not imported: quizzes are not supported yet.',
  'report.questionBankQuestions_other':
    'Question bank "{{title}}" ({{count}} questions) was not imported: quizzes are not supported yet.',
  'report.quiz': 'Quiz "{{title}}" was not imported: quizzes are not supported yet.',
  'report.quizQuestions_one':
    'Quiz "{{title}}" ({{count}} question) was not imported: quizzes are not supported yet.',
  'report.quizQuestions_other':
    'Quiz "{{title}}" ({{count}} questions) was not imported: quizzes are not supported yet.',
  'report.repeated_one': '{{line}} ({{count}} time)',
  'report.repeated_other': '{{line}} ({{count}} times)',
  'report.scripted':
    '"{{title}}" was not imported: its content is made by scripts (a quiz or an interactive activity).',
  'report.scriptedPage':
    'The page "{{title}}" was not imported: its content is made by scripts (a quiz or an interactive activity).',
  'report.undescribed': '"{{title}}" was not imported: the package does not describe what it points to.',
  'report.unsupportedType': '"{{title}}" was not imported: resources of type "{{type}}" are not supported.',
  'report.wordConversion': 'Word conversion: {{message}}',
  'report.wordParagraphStyle': 'Paragraphs in the Word style "{{style}}" were imported as plain paragraphs.',
  'report.wordRunStyle': 'Text in the Word style "{{style}}" was imported without that style.',
  'salvage.afterCut': 'Any lessons after the cut are lost.',
  'salvage.afterDamage': 'Any lessons after the damage are lost.',
  'salvage.assetRecord': 'The record of the file "{{name}}" was damaged and was left out.',
  'salvage.assetRecordNumber': 'The record of the file number {{n}} was damaged and was left out.',
  'salvage.beforeRecovered': '{{cause}}: what it held before that was recovered.',
  'salvage.cause.cut.clause':
    'it was cut short (perhaps by a full disk, or a copy or download that did not finish)',
  'salvage.cause.cut.line':
    'The file was cut short (perhaps by a full disk, or a copy or download that did not finish)',
  'salvage.cause.damaged.clause': 'it is damaged part-way through',
  'salvage.cause.damaged.line': 'The file is damaged part-way through',
  'salvage.cause.directory.clause': 'the list of its contents, at its end, was cut short or damaged',
  'salvage.cause.directory.line': 'The list of contents at the end of the file was cut short or damaged',
  'salvage.directoryLost':
    'The end of the file, which lists its contents, was cut off or damaged: the course itself was recovered.',
  'salvage.field.authors': "The course's authors was damaged and was reset.",
  'salvage.field.description': "The course's description was damaged and was reset.",
  'salvage.field.institution': "The course's institution was damaged and was reset.",
  'salvage.field.keywords': "The course's keywords was damaged and was reset.",
  'salvage.field.licence': "The course's licence was damaged and was reset.",
  'salvage.languagesGuessed':
    "The course's languages were told from the lessons: {{source}} (source) and {{target}} (target).",
  'salvage.lessonCut': 'One more lesson was cut off part-way and is lost, with any lessons after it.',
  'salvage.lessonEmptied': 'Lesson "{{title}}": its text was damaged, so the lesson is now empty.',
  'salvage.lessonLeftOut': 'Lesson "{{title}}" was damaged beyond repair and was left out.',
  'salvage.lessonUnreadable': 'Lesson "{{title}}": its text could not be read, so the lesson is now empty.',
  'salvage.lessonsUnreadable_one': '{{count}} more lesson could not be read and is lost.',
  'salvage.lessonsUnreadable_other': '{{count}} more lessons could not be read and are lost.',
  'salvage.lessons_one': '{{count}} lesson',
  'salvage.lessons_other': '{{count}} lessons',
  'salvage.lessons_zero': 'no lessons',
  'salvage.mediaFiles_one': '{{count}} media file',
  'salvage.mediaFiles_other': '{{count}} media files',
  'salvage.mediaFiles_zero': 'no media files',
  'salvage.mediaUnreadable_one': '{{count}} media file could not be read and is lost.',
  'salvage.mediaUnreadable_other': '{{count}} media files could not be read and are lost.',
  'salvage.nothingLeft':
    '{{name}} is damaged: {{cause}}, and no lesson could be recovered from what is left, so nothing of the course can be opened. Open an earlier copy, or its backup ({{backup}}) if there is one.',
  'salvage.oneLanguage':
    'The lessons hold only one language ({{source}}), so the course\'s second language is unknown ("und").',
  'salvage.outlineLost':
    "The course outline was lost: the course's title and details (description, authors, keywords, licence), its modules, and the titles and order of its lessons.",
  'salvage.outlineRebuilt':
    'The lessons found were put in one module, "{{module}}", in the order they were found, each titled by its first heading (or "Lesson 1", "Lesson 2"…); the course is named after the file.',
  'salvage.outlineRecovered': '{{cause}}: the course outline and what came before the damage were recovered.',
  'salvage.picturesLost': 'The pictures in the lessons lost their files.',
  'salvage.picturesUnlinked':
    'The pictures in the lessons lost the link to their files: the files found are under Course media (Media…), to be placed again.',
  'salvage.recovered': 'Recovered: {{lessons}} and {{media}}.',
  'xliff.fileWithoutId': '(a file without an id)',
  'xliff.noLanguage': '(no language)',
  'xliff.noVersion':
    'This XLIFF file is version (none); OER Studio reads XLIFF 1.2 and 2.0. Save it as one of those in the CAT tool.',
  'xliff.notXliff':
    'This file is not an XLIFF file. Import the .xlf file that a CAT tool (OmegaT, Trados…) produced from an OER Studio XLIFF export.',
  'xliff.otherCourse':
    'This XLIFF file was exported from another course (id {{fileCourse}}), not from "{{title}}" (id {{course}}). Open the course it was exported from and import it there.',
  'xliff.otherLanguages':
    'This XLIFF file translates {{fileSource}} → {{fileTarget}}, but the course is {{source}} → {{target}}. Export a new XLIFF file from this course and translate that one.',
  'xliff.unknownLessons':
    "The course has no lesson with the id {{ids}}. Use the ids of the course's lessons, or leave the lessons out to export the whole course.",
  'xliff.unsupportedVersion':
    'This XLIFF file is version {{version}}; OER Studio reads XLIFF 1.2 and 2.0. Save it as one of those in the CAT tool.',
  'xliff.whereCourse': 'Course',
  'xliff.whereModule': 'Module {{title}}',
  'xml.notWellFormed': '{{what}} (XML error on line {{line}}: {{error}})',
  'zip.absolutePath': '"{{name}}" is an absolute path',
  'zip.backslashes': '"{{name}}" uses backslashes',
  'zip.bomb': '"{{name}}" is compressed {{ratio}} to 1, like a zip bomb',
  'zip.climbsOut': '"{{name}}" climbs out of the archive with ..',
  'zip.duplicate': '"{{name}}" appears twice (names that differ only in case count as the same)',
  'zip.entryTooLarge': '"{{name}}" unpacks to more than {{max}} bytes',
  'zip.nulCharacter': '"{{name}}" holds a NUL character',
  'zip.symlink': '"{{name}}" is a symbolic link',
  'zip.tooManyEntries': 'it holds {{count}} files, more than the {{max}} a course may have',
  'zip.totalTooLarge': 'its files unpack to more than {{max}} bytes',
  'zip.unsafe': 'This file is refused as unsafe: {{why}}.',
  'zip.unsafeName': '"{{name}}" is not a safe name',
  'file.thisPackage': 'This package',
  'part.embeddedCourseJson': 'its embedded course.json',
} as const satisfies Record<string, string>;
