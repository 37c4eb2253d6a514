/**
 * The text main shows itself: the application menu and the native dialogs (titles, buttons,
 * file-type filters). The renderer has i18next; main is small enough for one plain table per
 * language, with no dependency. Kazakh and Uzbek fall back to Russian, as in the renderer.
 *
 * Menu labels mark their access key with "&" (Alt+letter on Windows and Linux; Electron drops
 * it on macOS). Each language picks its own letters, distinct among siblings.
 */

/** The strings of one language. `{name}`-style placeholders are filled with {@link fillIn}. */
export interface MainStrings {
  menu: {
    file: string;
    newCourse: string;
    open: string;
    openRecent: string;
    noRecentFiles: string;
    clearRecent: string;
    importPackage: string;
    openSample: string;
    save: string;
    saveAs: string;
    exportPackage: string;
    settings: string;
    quit: string;
    closeWindow: string;
    course: string;
    courseDetails: string;
    media: string;
    nextToTranslate: string;
    swapLanguages: string;
    changeTarget: string;
    exportXliff: string;
    importXliff: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    pasteAndMatchStyle: string;
    delete: string;
    selectAll: string;
    view: string;
    reload: string;
    forceReload: string;
    toggleDevTools: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    toggleFullScreen: string;
    window: string;
    minimize: string;
    zoom: string;
    close: string;
    front: string;
    /** macOS application menu; `{app}` is the product name. */
    about: string;
    services: string;
    hide: string;
    hideOthers: string;
    showAll: string;
    quitApp: string;
  };
  dialogs: {
    openCourse: string;
    courseFiles: string;
    allFiles: string;
    importPackage: string;
    packageFiles: string;
    exportXliff: string;
    importXliff: string;
    xliffFiles: string;
    addMedia: string;
    mediaFiles: string;
    saveCourse: string;
    /** `{format}` is the format's label, "SCORM 1.2". */
    exportPackage: string;
    unsavedMessage: string;
    unsavedDetail: string;
    save: string;
    dontSave: string;
    cancel: string;
    /** `{name}` is the file's name. */
    externalChangeMessage: string;
    externalChangeDetail: string;
    overwrite: string;
    saveAs: string;
    /** `{name}` is the file's name. */
    salvageMessage: string;
    salvageDetail: string;
    recover: string;
  };
}

/** The languages with a table of their own. */
export type MainLanguage = 'en' | 'ru';

const en: MainStrings = {
  menu: {
    file: '&File',
    newCourse: '&New Course…',
    open: '&Open…',
    openRecent: 'Open &Recent',
    noRecentFiles: 'No Recent Files',
    clearRecent: '&Clear Menu',
    importPackage: '&Import Package…',
    openSample: 'Open Sam&ple Course',
    save: '&Save',
    saveAs: 'Save &As…',
    exportPackage: '&Export Package…',
    settings: 'Se&ttings…',
    quit: 'E&xit',
    closeWindow: 'Close Window',
    course: '&Course',
    courseDetails: 'Course &Details…',
    media: '&Media…',
    nextToTranslate: '&Next Block to Translate',
    swapLanguages: 'S&wap Languages…',
    changeTarget: 'Change &Translation Language…',
    exportXliff: 'E&xport for Translation (XLIFF)…',
    importXliff: 'Im&port Translation (XLIFF)…',
    edit: '&Edit',
    undo: '&Undo',
    redo: '&Redo',
    cut: 'Cu&t',
    copy: '&Copy',
    paste: '&Paste',
    pasteAndMatchStyle: 'Paste and &Match Style',
    delete: '&Delete',
    selectAll: 'Select &All',
    view: '&View',
    reload: '&Reload',
    forceReload: '&Force Reload',
    toggleDevTools: 'Toggle &Developer Tools',
    resetZoom: 'Actual &Size',
    zoomIn: 'Zoom &In',
    zoomOut: 'Zoom &Out',
    toggleFullScreen: 'Toggle F&ull Screen',
    window: '&Window',
    minimize: 'Mi&nimize',
    zoom: '&Zoom',
    close: '&Close',
    front: 'Bring All to Front',
    about: 'About {app}',
    services: 'Services',
    hide: 'Hide {app}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quitApp: 'Quit {app}',
  },
  dialogs: {
    openCourse: 'Open Course',
    courseFiles: 'OER Studio course',
    allFiles: 'All files',
    importPackage: 'Import Package',
    packageFiles: 'Packages (SCORM, Common Cartridge) and Word documents',
    exportXliff: 'Export for Translation',
    importXliff: 'Import Translation',
    xliffFiles: 'XLIFF files',
    addMedia: 'Add Media',
    mediaFiles: 'Images, audio and video',
    saveCourse: 'Save Course',
    exportPackage: 'Export {format}',
    unsavedMessage: 'Save changes to this course?',
    unsavedDetail: 'Your changes will be lost if you don’t save them.',
    save: 'Save',
    dontSave: 'Don’t Save',
    cancel: 'Cancel',
    externalChangeMessage: '“{name}” was changed by someone else',
    externalChangeDetail:
      'The file on disk is not the one you opened: a co-author or a sync service wrote it since. ' +
      'Overwriting it replaces their changes with yours. Save As keeps both.',
    overwrite: 'Overwrite',
    saveAs: 'Save As…',
    salvageMessage: '“{name}” is damaged',
    salvageDetail:
      'OER Studio can open what is still readable as a new, untitled course and list what was lost. ' +
      'The damaged file is not changed: save the recovered course under a new name.',
    recover: 'Recover What Is Left',
  },
};

const ru: MainStrings = {
  menu: {
    file: '&Файл',
    newCourse: '&Создать курс…',
    open: '&Открыть…',
    openRecent: 'Открыть &недавние',
    noRecentFiles: 'Нет недавних файлов',
    clearRecent: '&Очистить список',
    importPackage: '&Импорт пакета…',
    openSample: 'Открыть &пример курса',
    save: 'Со&хранить',
    saveAs: 'Сохранить &как…',
    exportPackage: '&Экспорт пакета…',
    settings: 'Нас&тройки…',
    quit: 'В&ыход',
    closeWindow: 'Закрыть окно',
    course: '&Курс',
    courseDetails: '&Сведения о курсе…',
    media: '&Медиафайлы…',
    nextToTranslate: 'Сле&дующий блок для перевода',
    swapLanguages: 'П&оменять языки местами…',
    changeTarget: 'Сменить &язык перевода…',
    exportXliff: 'Э&кспорт для перевода (XLIFF)…',
    importXliff: 'Импорт пе&ревода (XLIFF)…',
    edit: '&Правка',
    undo: '&Отменить',
    redo: '&Повторить',
    cut: 'Вы&резать',
    copy: '&Копировать',
    paste: 'Вст&авить',
    pasteAndMatchStyle: 'Вставить &без форматирования',
    delete: '&Удалить',
    selectAll: 'Выделить &всё',
    view: '&Вид',
    reload: '&Перезагрузить',
    forceReload: 'Перезагрузить без &кэша',
    toggleDevTools: 'Инструменты &разработчика',
    resetZoom: '&Исходный масштаб',
    zoomIn: '&Увеличить',
    zoomOut: 'У&меньшить',
    toggleFullScreen: 'Во весь &экран',
    window: '&Окно',
    minimize: '&Свернуть',
    zoom: '&Изменить масштаб',
    close: '&Закрыть',
    front: 'Все окна — на передний план',
    about: 'О программе {app}',
    services: 'Службы',
    hide: 'Скрыть {app}',
    hideOthers: 'Скрыть остальные',
    showAll: 'Показать все',
    quitApp: 'Завершить {app}',
  },
  dialogs: {
    openCourse: 'Открыть курс',
    courseFiles: 'Курс OER Studio',
    allFiles: 'Все файлы',
    importPackage: 'Импорт пакета',
    packageFiles: 'Пакеты (SCORM, Common Cartridge) и документы Word',
    exportXliff: 'Экспорт для перевода',
    importXliff: 'Импорт перевода',
    xliffFiles: 'Файлы XLIFF',
    addMedia: 'Добавить медиафайл',
    mediaFiles: 'Изображения, аудио и видео',
    saveCourse: 'Сохранить курс',
    exportPackage: 'Экспорт: {format}',
    unsavedMessage: 'Сохранить изменения в курсе?',
    unsavedDetail: 'Если не сохранить изменения, они будут потеряны.',
    save: 'Сохранить',
    dontSave: 'Не сохранять',
    cancel: 'Отмена',
    externalChangeMessage: 'Файл «{name}» изменён кем-то другим',
    externalChangeDetail:
      'Файл на диске уже не тот, что вы открыли: после этого его записал соавтор или служба синхронизации. ' +
      'Если перезаписать файл, их изменения заменятся вашими. «Сохранить как…» сохранит оба варианта.',
    overwrite: 'Перезаписать',
    saveAs: 'Сохранить как…',
    salvageMessage: 'Файл «{name}» повреждён',
    salvageDetail:
      'OER Studio может открыть то, что ещё читается, как новый курс без имени и перечислить, что утрачено. ' +
      'Повреждённый файл не изменится: сохраните восстановленный курс под новым именем.',
    recover: 'Восстановить уцелевшее',
  },
};

/** Every table, by language: the unit tests check that each has every key of the others. */
export const MAIN_STRINGS: Readonly<Record<MainLanguage, MainStrings>> = { en, ru };

/**
 * Languages shown in Russian until they have a table: lecturers in Kazakhstan and Uzbekistan
 * read Russian far more often than English. The renderer's catalogues fall back the same way.
 */
const RUSSIAN_FALLBACK = new Set(['kk', 'uz']);

/**
 * The table language for a locale: the renderer's interface language when it has told main,
 * else `app.getLocale()` ("ru", "ru-RU", "kk-KZ", "uz-Latn-UZ", "en-GB"). Unknown → English.
 */
export function mainLanguage(locale: string): MainLanguage {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (language === 'ru' || RUSSIAN_FALLBACK.has(language)) return 'ru';
  return 'en';
}

/** The menu and dialog strings for a locale (see {@link mainLanguage}). */
export function mainStrings(locale: string): MainStrings {
  return MAIN_STRINGS[mainLanguage(locale)];
}

/** Fills `{name}` placeholders: `fillIn('Export {format}', { format: 'SCORM 1.2' })`. */
export function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The language of a `setUiLanguage` request, which comes from the renderer and is untrusted:
 * a well-formed language tag, or null (the system's language) for anything else.
 */
export function uiLanguageFromRequest(req: unknown): string | null {
  const language = (req as { language?: unknown } | null | undefined)?.language;
  return typeof language === 'string' && /^[a-z]{2,3}(?:-[a-z\d]{1,8}){0,4}$/i.test(language)
    ? language
    : null;
}
