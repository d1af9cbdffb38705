// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include "i18n.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSettings>
#include <QUrl>

namespace {
const QString settingsKey = QStringLiteral("ui/language");
} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{}

QStringList LanguageManager::availableLanguages()
{
    return sspilens::i18n::supportedLanguages();
}

QString LanguageManager::nativeName(const QString &language)
{
    return sspilens::i18n::nativeName(language);
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    return sspilens::i18n::languageForLocale(locale);
}

QString LanguageManager::canonicalLanguage(const QString &language)
{
    return sspilens::i18n::canonicalLanguage(language);
}

QUrl LanguageManager::sspiStatusCodesUrl()
{
    if (sspilens::i18n::currentLanguage() == QLatin1String("zh_TW"))
        return QUrl(QStringLiteral("https://learn.microsoft.com/zh-tw/windows/win32/secauthn/sspi-status-codes"));
    return QUrl(QStringLiteral("https://learn.microsoft.com/en-us/windows/win32/secauthn/sspi-status-codes"));
}

QString LanguageManager::initialLanguage(const QString &override)
{
    QString forced = canonicalLanguage(override);
    if (!forced.isEmpty())
        return forced;
    QString saved = canonicalLanguage(QSettings().value(settingsKey).toString());
    if (!saved.isEmpty())
        return saved;
    return languageForLocale(QLocale::system());
}

bool LanguageManager::setLanguage(const QString &language, bool persist)
{
    const QString key = canonicalLanguage(language);
    if (key.isEmpty())
        return false;
    if (persist)
        QSettings().setValue(settingsKey, key);
    if (key == m_language)
        return true;

    sspilens::i18n::install(key);
    m_language = key;
    // Installing a translator already announces the change, but English without a .qm installs
    // none; widgets must relabel anyway (links and menus depend on the language too).
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    emit languageChanged(key);
    return true;
}
