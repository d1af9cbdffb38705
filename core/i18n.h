// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// Language choice and translator loading shared by the GUI and the command line.
namespace sspilens::i18n {

/// The languages we ship, as used in file names and --lang: "en", "zh_TW".
QStringList supportedLanguages();

/// True when @p name names a shipped language in any spelling ("zh-TW", "zh_tw", "en_US").
bool isSupported(const QString &name);

/// The shipped language for @p name: zh_TW, zh_HK, zh_MO and any zh-Hant spelling give "zh_TW";
/// any English spelling gives "en"; anything else gives an empty string.
QString canonicalLanguage(const QString &name);

/// The language to start in for a system locale: Traditional Chinese for zh_TW, zh_HK, zh_MO and
/// any Hant-script locale, English for everything else.
QString languageForLocale(const QLocale &locale);

/// Replaces the installed translators by the ones for @p language (our catalog and UI strings from
/// ":/i18n/sspilens_<language>.qm", plus Qt's own qtbase translation when it is installed). Returns
/// false when our translation could not be loaded (English always succeeds).
bool install(const QString &language);

/// The language installed last by install(), "en" before any call.
QString currentLanguage();

/// The name of @p language written in that language ("English", "繁體中文（台灣）").
QString nativeName(const QString &language);

} // namespace sspilens::i18n
