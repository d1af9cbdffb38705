// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocale;
class QUrl;

/// Switches the UI language at run time (core's sspilens::i18n installs the translators) and
/// remembers the choice.
///
/// Languages are "en" and "zh_TW". Every switch makes Qt send QEvent::LanguageChange to every
/// widget, whose changeEvent() then calls its retranslateUi(). The choice is kept in QSettings
/// ("ui/language"); on the first start the system locale decides.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// "en" and "zh_TW", in menu order.
    static QStringList availableLanguages();
    /// The language's name in that language ("English", "繁體中文（台灣）"); never translated.
    static QString nativeName(const QString &language);
    /// "zh_TW" for zh_TW, zh_HK, zh_MO and any Traditional Han script; "en" for everything else.
    static QString languageForLocale(const QLocale &locale);
    /// Accepts "en", "zh_TW", "zh-TW", "zh_tw" ...; returns the canonical key or an empty string.
    static QString canonicalLanguage(const QString &language);
    /// Microsoft's "SSPI status codes" page in the current UI language (en-us or zh-tw).
    static QUrl sspiStatusCodesUrl();

    /// The language to start with: @p override when valid (the --lang option), else the saved
    /// choice, else the system locale.
    static QString initialLanguage(const QString &override = {});

    QString language() const { return m_language; }

    /// Installs the translators for @p language (a key from availableLanguages()). With @p persist
    /// the choice is saved for the next start. Returns false for an unknown language.
    bool setLanguage(const QString &language, bool persist = true);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
};
