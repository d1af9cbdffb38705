// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Shared by the files of LogPanel (not a public header).
#pragma once

#include "logpanel.h"
#include "textdecode.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QString>

#include <algorithm>
#include <climits>

namespace logpanel {

inline const QString settingsRecent = QStringLiteral("logDecoder/recentFiles");
inline const QString settingsFileEncodings = QStringLiteral("logDecoder/fileEncodings");
inline const QString settingsLastEncoding = QStringLiteral("logDecoder/lastEncoding");
inline const QString settingsLastDir = QStringLiteral("logDecoder/lastDirectory");
inline const QString settingsSplitter = QStringLiteral("logDecoder/splitter");
inline const QString settingsTextSplitter = QStringLiteral("logDecoder/textSplitter");

inline int clampToInt(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, INT_MAX));
}

/// The legacy code page to try when a file is neither text in UTF-8 nor UTF-16: the one the user
/// chose last, else the one a console in the UI language writes.
inline QByteArray fallbackEncoding()
{
    QByteArray last = QSettings().value(settingsLastEncoding).toByteArray();
    if (!last.isEmpty())
        return last;
    return sspilens::legacyEncodingFor(QLocale());
}

inline QString formsHtml()
{
    return QCoreApplication::translate(
        "LogPanel", "<p>SSPI Lens looks for status codes written as:</p><ul>"
                    "<li>hexadecimal: <code>0x80090325</code>, <code>80090308</code>, "
                    "<code>0xFFFFFFFF80090326</code>, <code>0xC000006D</code>, <code>0x8007052E</code></li>"
                    "<li>decimal, signed or unsigned: <code>-2146893019</code>, <code>2148074254</code></li>"
                    "<li>symbols: <code>SEC_E_WRONG_PRINCIPAL</code>, <code>STATUS_LOGON_FAILURE</code>, "
                    "<code>KDC_ERR_PREAUTH_FAILED</code>, <code>TLS1_ALERT_UNKNOWN_CA</code></li>"
                    "<li>the Windows message text, in English or as Windows prints it in another language: "
                    "“The target principal name is incorrect.”</li>"
                    "<li>small numbers in the field or sentence that names them: <code>Failure Code: 0x18</code>, "
                    "“fatal alert code is 40”, “System error 1326”</li></ul>"
                    "<p>Wrappers (<code>0x80070005</code>, <code>0x80131904</code>), values no family of the "
                    "catalog holds, GUIDs, LDAP <code>DSID-…</code> numbers and the other numbers of an event "
                    "(<code>Logon Type: 3</code>) are left alone.</p>");
}

} // namespace logpanel

/// The text of a load on its way into the editor, a slice per turn of the event loop.
struct LogPanel::TextFeed {
    LogLoader::Result result;
    size_t piece = 0;    ///< the piece being appended
    qsizetype at = 0;    ///< how much of it is in the editor
    qint64 appended = 0; ///< characters in the editor
    qint64 total = 0;
    double charsPerNs = 0.002; ///< how fast text went into the editor so far (a cautious start)
    bool ownsInfoBar = true;   ///< its progress is what the info bar shows
};
