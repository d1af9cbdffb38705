// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "scanner.h"
#include "statuscode.h"

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace sspilens {

/// Where the operating system's own message text for a code comes from (FormatMessageW on
/// Windows). Implementations must be safe to call from the thread that builds the scanner.
class SystemMessageSource
{
public:
    virtual ~SystemMessageSource();
    /// The system's text for @p code in @p locale's language, or nothing when the system has
    /// none (or none in that language).
    virtual std::optional<QString> message(const StatusCode &code, const QLocale &locale) const = 0;
};

/// The system's source of message texts: FormatMessageW (FORMAT_MESSAGE_FROM_SYSTEM for SSPI,
/// HRESULT and Win32 codes, ntdll.dll's message table for NTSTATUS) on Windows; null elsewhere.
std::unique_ptr<SystemMessageSource> windowsMessageSource();

/// The language the user reads the system in: the first of QLocale::system().uiLanguages().
QLocale userDisplayLocale();

/**
 * Asks @p source for the text of every code of @p catalog in @p locale and turns the answers into
 * extra messages for LogScanner (language: the locale's language and territory, "de-DE",
 * "zh-TW"). Skipped: texts equal to the
 * code's English Windows message (compared like the scanner compares messages), texts with
 * insert markers ("%1"), texts UserMessageFile::checkText() finds unsafe, wrapper codes and
 * success codes (which the scanner never reports by their text), and a text two codes share.
 */
std::vector<ExtraMessage> systemMessages(const SystemMessageSource &source, const QLocale &locale,
                                         const Catalog &catalog = Catalog::instance());

/// systemMessages() of windowsMessageSource() in userDisplayLocale(): empty off Windows and when
/// the user reads Windows in English.
std::vector<ExtraMessage> installedSystemMessages(const Catalog &catalog = Catalog::instance());

} // namespace sspilens
