// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "usermessages.h"

#include "lookup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

namespace sspilens {

namespace {

const QString kHeader = QStringLiteral("#sspilens-user-messages");
const QString kColumns = QStringLiteral("#code\ttext\tlanguage\tnote\tadded");
constexpr int kKnownColumns = 5;

bool isCjk(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo: return true;
    default: return false;
    }
}

} // namespace

QString UserMessageIssue::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(fileName, QString::number(line), message);
}

QString UserMessageFile::defaultPath()
{
    // The window's data folder, also when the command line asks: strip this program's
    // organisation and name from its own folder and put the window's there.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QString tail = QLatin1Char('/') + application;
    if (!organization.isEmpty())
        tail.prepend(QLatin1Char('/') + organization);
    if (!application.isEmpty() && dir.endsWith(tail))
        dir.chop(tail.size());
    return dir + QStringLiteral("/SSPILens/sspilens/user-messages.tsv");
}

QString UserMessageFile::codeKey(const StatusCode &code)
{
    return familyKey(code.family) + QLatin1Char(':') + formatValue(code);
}

const StatusCode *UserMessageFile::resolveCode(QStringView code, const Catalog &catalog)
{
    code = code.trimmed();
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return code.isEmpty() ? nullptr : catalog.bySymbol(code);
    const std::optional<Family> family = familyFromKey(code.left(colon).trimmed());
    if (!family)
        return nullptr;
    const QStringView number = code.mid(colon + 1).trimmed();
    std::optional<quint32> value;
    // Small numbers are decimal unless they say 0x ("tls-alert:40", "win32:1326", "kerberos:0x18").
    bool ok = false;
    const qlonglong decimal = number.toLongLong(&ok, 10);
    if (ok && decimal >= 0 && decimal <= 0xFFFFFFFFLL)
        value = static_cast<quint32>(decimal);
    else
        value = parseStatusValue(number);
    if (!value && (number.startsWith(QLatin1String("0x")) || number.startsWith(QLatin1String("0X")))) {
        const quint32 hex = number.mid(2).toUInt(&ok, 16);
        if (ok)
            value = hex;
    }
    return value ? catalog.byValue(*value, *family) : nullptr;
}

QString UserMessageFile::normaliseText(const QString &text)
{
    return text.simplified();
}

QString UserMessageFile::checkText(const QString &text)
{
    const QString t = normaliseText(text);
    if (t.isEmpty())
        return tr("The text is empty.");
    // A word is a run of letters, digits and marks; a number in any notation ("1326", "0x52e",
    // "80090325") is not text.
    static const QRegularExpression number(QStringLiteral("^(0[xX])?[0-9A-Fa-f]*[0-9][0-9A-Fa-f]*[hHlLuU]?$"));
    int characters = 0;
    int cjk = 0;
    int words = 0;
    bool hasLetter = false;
    QString word;
    const auto endWord = [&] {
        if (word.isEmpty())
            return;
        ++words;
        if (!number.match(word).hasMatch()) {
            for (const char32_t c : word.toUcs4())
                hasLetter = hasLetter || QChar::isLetter(c);
        }
        word.clear();
    };
    for (const char32_t c : t.toUcs4()) {
        ++characters;
        if (isCjk(c))
            ++cjk;
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
            word.append(QStringView(QChar::fromUcs4(c)));
        else
            endWord();
    }
    endWord();
    if (!hasLetter)
        return tr("“%1” has no letters: numbers alone are not a safe fingerprint.").arg(t);
    if (cjk >= minimumCjkCharacters)
        return {};
    if (characters < minimumCharacters || words < minimumWords)
        return tr("“%1” is too short to be a safe fingerprint: a text needs at least %2 characters and %3 words, "
                  "or %4 Chinese, Japanese or Korean characters.")
            .arg(t, QString::number(minimumCharacters), QString::number(minimumWords),
                 QString::number(minimumCjkCharacters));
    return {};
}

bool UserMessageFile::load(const QString &path, QString *error)
{
    *this = UserMessageFile();
    m_fileName = path;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    QString reason;
    QFile file(path);
    if (info.isDir())
        reason = tr("%1 is a folder, not a file").arg(QDir::toNativeSeparators(path));
    else if (info.size() > maximumBytes)
        reason = tr("%1 is larger than %2 MiB")
                     .arg(QDir::toNativeSeparators(path), QString::number(maximumBytes / (qint64(1024) * 1024)));
    else if (!file.open(QIODevice::ReadOnly))
        reason = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (reason.isEmpty()) {
        const QByteArray data = file.read(maximumBytes + 1);
        if (file.error() != QFileDevice::NoError)
            reason = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        else if (data.size() > maximumBytes)
            reason = tr("%1 is larger than %2 MiB")
                         .arg(QDir::toNativeSeparators(path), QString::number(maximumBytes / (qint64(1024) * 1024)));
        else
            parse(data, path);
    }
    if (reason.isEmpty())
        return true;
    m_writable = false;
    m_readOnlyReason = reason;
    if (error)
        *error = reason;
    return false;
}

void UserMessageFile::parse(const QByteArray &data, const QString &fileName)
{
    *this = UserMessageFile();
    m_fileName = fileName;
    const auto issue = [this](int line, const QString &message) { m_issues.push_back({m_fileName, line, message}); };

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
    if (decoder.hasError()) {
        m_writable = false;
        m_readOnlyReason = tr("the file is not valid UTF-8 text, and saving it would lose what it holds");
        issue(1, m_readOnlyReason);
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();

    int first = 0;
    if (!lines.isEmpty() && lines.constFirst().startsWith(kHeader)) {
        first = 1;
        QString header = lines.constFirst();
        if (header.endsWith(QLatin1Char('\r')))
            header.chop(1);
        bool ok = false;
        const int version = header.mid(kHeader.size()).trimmed().toInt(&ok);
        if (!ok || version < 1) {
            m_writable = false;
            m_readOnlyReason = tr("the header “%1” names no file format this version knows").arg(header);
            issue(1, m_readOnlyReason);
        } else {
            m_version = version;
            if (version > formatVersion) {
                m_writable = false;
                m_readOnlyReason = tr("written by a newer version of SSPI Lens (file format %1; this version "
                                      "writes format %2): the rows it understands are used, and the file is "
                                      "never changed")
                                       .arg(QString::number(version), QString::number(formatVersion));
                issue(1, m_readOnlyReason);
            }
        }
    }

    for (qsizetype i = first; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        QString raw = lines.at(i);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        Line line{raw, std::nullopt};
        if (raw.trimmed().isEmpty() || raw.startsWith(QLatin1Char('#'))) {
            m_lines.push_back(std::move(line));
            continue;
        }
        const QStringList columns = raw.split(QLatin1Char('\t'));
        UserMessage m;
        m.code = columns.at(0).trimmed();
        m.text = normaliseText(columns.value(1));
        m.language = columns.value(2).trimmed();
        m.note = columns.value(3).trimmed();
        m.added = columns.value(4).trimmed();
        m.extraColumns = columns.mid(kKnownColumns);
        m.line = lineNumber;
        m.entry = resolveCode(m.code);
        QString problem;
        if (!m.entry) {
            problem = tr("unknown code “%1” (write family:value, such as sspi:0x80090325 or kerberos:0x18, or "
                         "a symbol)")
                          .arg(m.code);
        } else if (m.entry->wrapper) {
            problem = tr("%1 is a wrapper code, which the log decoder never reports").arg(m.entry->symbolString());
        } else if (m.text.isEmpty()) {
            problem = tr("no text after the code (columns are separated by tabs)");
        } else if (const QString unsafe = checkText(m.text); !unsafe.isEmpty()) {
            problem = unsafe;
        } else if (const Line *earlier = findText(Catalog::normaliseMessage(m.text))) {
            problem = tr("the same text is already taught on line %1").arg(earlier->message->line);
        }
        if (problem.isEmpty())
            line.message = std::move(m);
        else
            issue(lineNumber, problem);
        m_lines.push_back(std::move(line));
    }
}

QByteArray UserMessageFile::serialize() const
{
    QString out = kHeader + QLatin1Char('\t') + QString::number(formatVersion) + QLatin1Char('\n');
    for (const Line &line : m_lines) {
        if (line.message && line.message->line == 0) {
            const UserMessage &m = *line.message;
            QStringList columns{m.code, m.text, m.language, m.note, m.added};
            columns += m.extraColumns;
            out += columns.join(QLatin1Char('\t'));
        } else {
            out += line.raw;
        }
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

bool UserMessageFile::save(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("%1 was not saved: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!m_writable)
        return fail(m_readOnlyReason);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = serialize();
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::vector<UserMessage> UserMessageFile::messages() const
{
    std::vector<UserMessage> out;
    for (const Line &line : m_lines) {
        if (line.message)
            out.push_back(*line.message);
    }
    return out;
}

const UserMessageFile::Line *UserMessageFile::findText(const QString &key) const
{
    for (const Line &line : m_lines) {
        if (line.message && Catalog::normaliseMessage(line.message->text) == key)
            return &line;
    }
    return nullptr;
}

void UserMessageFile::append(UserMessage message)
{
    if (m_lines.empty())
        m_lines.push_back({kColumns, std::nullopt});
    message.line = 0;
    m_lines.push_back({QString(), std::move(message)});
}

bool UserMessageFile::add(const StatusCode &code, const QString &text, const QString &language, const QString &note,
                          QString *error, const QString &added)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (code.wrapper)
        return fail(tr("%1 is a wrapper code, which the log decoder never reports").arg(code.symbolString()));
    const QString t = normaliseText(text);
    if (const QString unsafe = checkText(t); !unsafe.isEmpty())
        return fail(unsafe);
    if (const Line *earlier = findText(Catalog::normaliseMessage(t)))
        return fail(tr("This text is already taught as %1.").arg(earlier->message->entry->symbolString()));
    UserMessage m;
    m.code = codeKey(code);
    m.entry = &code;
    m.text = t;
    m.language = language.simplified().remove(QLatin1Char(' '));
    m.note = normaliseText(note);
    m.added = added.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : added;
    append(std::move(m));
    return true;
}

bool UserMessageFile::remove(const QString &text)
{
    const QString key = Catalog::normaliseMessage(normaliseText(text));
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        if (it->message && Catalog::normaliseMessage(it->message->text) == key) {
            m_lines.erase(it);
            return true;
        }
    }
    return false;
}

int UserMessageFile::merge(const UserMessageFile &other, std::vector<UserMessageIssue> *skipped)
{
    int added = 0;
    for (const UserMessage &m : other.messages()) {
        if (const Line *earlier = findText(Catalog::normaliseMessage(m.text))) {
            if (skipped) {
                skipped->push_back(
                    {other.m_fileName, m.line,
                     tr("the same text is already taught as %1").arg(earlier->message->entry->symbolString())});
            }
            continue;
        }
        append(m);
        ++added;
    }
    return added;
}

std::vector<ExtraMessage> UserMessageFile::extraMessages() const
{
    std::vector<ExtraMessage> out;
    for (const Line &line : m_lines) {
        if (line.message) {
            const UserMessage &m = *line.message;
            out.push_back({m.entry, m.text, m.language.isEmpty() ? QStringLiteral("user") : m.language});
        }
    }
    return out;
}

} // namespace sspilens
