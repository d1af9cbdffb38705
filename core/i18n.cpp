// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace sspilens::i18n {

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_TW")};
}

QString canonicalLanguage(const QString &name)
{
    QString n = name.trimmed();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString lower = n.toLower();
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) || lower == QLatin1String("c"))
        return QStringLiteral("en");
    if (lower == QLatin1String("zh_tw") || lower == QLatin1String("zh_hk") || lower == QLatin1String("zh_mo")
        || lower.startsWith(QLatin1String("zh_hant")) || lower.startsWith(QLatin1String("zh_tw."))
        || lower.startsWith(QLatin1String("zh_hk.")) || lower.startsWith(QLatin1String("zh_mo.")))
        return QStringLiteral("zh_TW");
    return {};
}

bool isSupported(const QString &name)
{
    return !canonicalLanguage(name).isEmpty();
}

QString languageForLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese) {
        if (locale.script() == QLocale::TraditionalChineseScript)
            return QStringLiteral("zh_TW");
        const QLocale::Territory t = locale.territory();
        if (t == QLocale::Taiwan || t == QLocale::HongKong || t == QLocale::Macao)
            return QStringLiteral("zh_TW");
    }
    return QStringLiteral("en");
}

bool install(const QString &language)
{
    Installed &state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.ours.reset();
    state.qt.reset();

    const QString lang = canonicalLanguage(language).isEmpty() ? QStringLiteral("en") : canonicalLanguage(language);
    state.language = lang;

    bool ok = true;
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/sspilens_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    } else {
        ok = lang == QLatin1String("en");
    }
    if (lang != QLatin1String("en")) {
        // Qt's own strings (standard buttons, line-edit context menus) when Debian's
        // qt6-translations-l10n or the Windows/macOS deployment provides them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    return ok;
}

QString currentLanguage()
{
    return installed().language;
}

QString nativeName(const QString &language)
{
    if (canonicalLanguage(language) == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文（台灣）");
    return QStringLiteral("English");
}

} // namespace sspilens::i18n
