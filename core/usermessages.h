// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "scanner.h"
#include "statuscode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sspilens {

/// One text a user taught: "this text in my logs means that code".
struct UserMessage {
    /// The code as written in the file: "family:value" ("sspi:0x80090325", "kerberos:0x18",
    /// "tls-alert:40", "win32:1326") or a symbol ("SEC_E_WRONG_PRINCIPAL").
    QString code;
    const StatusCode *entry = nullptr; ///< the catalog entry @c code names (never null in messages())
    QString text;                      ///< white space collapsed to single spaces
    QString language;                  ///< optional BCP 47 tag ("de-DE"); empty: "user"
    QString note;                      ///< optional, free text
    QString added;                     ///< when it was taught, ISO 8601 UTC as written; may be empty
    QStringList extraColumns;          ///< columns after the known ones (a newer version's), kept
    int line = 0;                      ///< 1-based line of the file it was read from; 0 when new
};

/// A row that was skipped, or a remark about the whole file (line 1 for the header).
struct UserMessageIssue {
    QString fileName;
    int line = 0;
    QString message; ///< translated (context "UserMessages")

    /// "FILE:LINE: message", the form compilers use.
    QString toString() const;
};

/**
 * The texts a user taught, as one UTF-8 file of tab-separated rows (the format is in README.md,
 * "Texts you teach"):
 *
 *     #sspilens-user-messages<TAB>1
 *     #code<TAB>text<TAB>language<TAB>note<TAB>added
 *     sspi:0x80090325<TAB>Die Vertrauensstellung ist fehlgeschlagen<TAB>de-DE<TAB><TAB>2026-01-02T10:00:00Z
 *
 * Lines starting with '#' are comments and kept. A file without the header line is read as
 * version 1 (a hand-written file). A row that cannot be used (unknown code, no text, a text too
 * short to be a safe fingerprint, a wrapper code, a text already taught on an earlier line) is
 * reported with its line number and skipped, but kept as written when the file is saved again;
 * so are columns after the known five. A file of a newer format version (or one whose header or
 * bytes this version cannot read) is read as far as it is understood and never overwritten:
 * save() refuses.
 */
class UserMessageFile
{
    Q_DECLARE_TR_FUNCTIONS(UserMessages)

public:
    static constexpr int formatVersion = 1;
    /// Files larger than this are refused (a user's texts are a few KiB).
    static constexpr qint64 maximumBytes = qint64(16) * 1024 * 1024;
    /// The shortest text that can be taught (in characters, after collapsing white space).
    static constexpr int minimumCharacters = 8;
    /// ... and the fewest words (runs of letters and digits) it needs ...
    static constexpr int minimumWords = 2;
    /// ... unless it holds at least this many Chinese, Japanese or Korean characters, which are
    /// not separated by spaces.
    static constexpr int minimumCjkCharacters = 4;

    /// The user's own file: "user-messages.tsv" in the desktop application's data folder
    /// (QStandardPaths::AppDataLocation of organisation "SSPILens", application "sspilens",
    /// whichever program asks, so that the command line reads what the window taught).
    static QString defaultPath();

    /// The code of @p code as a row writes it: family key, ':' and the value as the family
    /// writes it ("sspi:0x80090325", "tls-alert:40").
    static QString codeKey(const StatusCode &code);
    /// The catalog entry a row's code column names ("family:value" or a symbol), or nullptr.
    static const StatusCode *resolveCode(QStringView code, const Catalog &catalog = Catalog::instance());
    /// @p text with white space collapsed to single spaces and trimmed: the form texts are kept in.
    static QString normaliseText(const QString &text);
    /// Why @p text cannot be taught as a fingerprint (translated), or empty when it can: it needs
    /// minimumCharacters characters and minimumWords words, or minimumCjkCharacters Chinese,
    /// Japanese or Korean characters; and at least one letter.
    static QString checkText(const QString &text);

    UserMessageFile() = default;

    /// Reads @p path. A missing file is an empty one (true). False, with @p error, when the file
    /// exists but cannot be read or is too large; the object is then empty and not writable.
    bool load(const QString &path, QString *error = nullptr);
    /// Reads the bytes of a file; @p fileName is what issues name.
    void parse(const QByteArray &data, const QString &fileName);
    /// The file's bytes: the header, then every line in order (rows and comments as read, new
    /// rows at the end).
    QByteArray serialize() const;
    /// Writes serialize() to @p path atomically (QSaveFile), creating its folder. Refuses when
    /// !isWritable(). False with @p error on failure; the file on disk is then unchanged.
    bool save(const QString &path, QString *error = nullptr) const;

    /// False for a file of a newer format version, with a header or bytes this version cannot
    /// read, or that could not be read at all: it must not be overwritten.
    bool isWritable() const { return m_writable; }
    /// Why isWritable() is false (translated), or empty.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The format version the header states (formatVersion without a header).
    int version() const { return m_version; }
    /// The usable rows, in file order.
    std::vector<UserMessage> messages() const;
    /// The rows skipped and remarks about the file, in line order.
    const std::vector<UserMessageIssue> &issues() const { return m_issues; }

    /// Adds a row for @p code. False, with the reason in @p error, when the text is not safe
    /// (checkText()), the code is a wrapper, or the same text is already taught. @p added empty:
    /// now.
    bool add(const StatusCode &code, const QString &text, const QString &language = {}, const QString &note = {},
             QString *error = nullptr, const QString &added = {});
    /// Removes the row that teaches @p text (compared like the scanner compares messages).
    /// False when there is none.
    bool remove(const QString &text);
    /// Adds every row of @p other whose text is not taught yet; the rows that are are listed in
    /// @p skipped (with @p other's file name and line). Returns the number added.
    int merge(const UserMessageFile &other, std::vector<UserMessageIssue> *skipped = nullptr);

    /// The texts for LogScanner: language "user" unless the row names one.
    std::vector<ExtraMessage> extraMessages() const;

private:
    struct Line {
        QString raw;                        ///< the line as read (empty for a row added since)
        std::optional<UserMessage> message; ///< set for a usable row
    };
    /// The line of the row teaching @p key (a normalised message), or nullptr.
    const Line *findText(const QString &key) const;
    void append(UserMessage message);

    QString m_fileName;
    std::vector<Line> m_lines; ///< everything after the header
    std::vector<UserMessageIssue> m_issues;
    int m_version = formatVersion;
    bool m_writable = true;
    QString m_readOnlyReason;
};

} // namespace sspilens
