// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "i18n.h"
#include "textdecode.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace sspilens::cli;

namespace {

QString usage()
{
    return Cli::tr("Usage: sspilens-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
                   "\n"
                   "Find and explain the codes of Windows authentication failures in logs and\n"
                   "event logs: SSPI (SEC_E_*, SEC_I_*), NTSTATUS, Kerberos, TLS alerts, Win32, HRESULT.\n"
                   "\n"
                   "Commands:\n"
                   "  lookup TOKEN...|-      explain codes given as hex (0x80090325, 80090325,\n"
                   "                         0xFFFFFFFF80090325), decimal (-2146893019, 2148074277),\n"
                   "                         symbol (SEC_E_UNTRUSTED_ROOT, =SEC_E_UNTRUSTED_ROOT for an\n"
                   "                         exact name), Windows message text or a word to search for;\n"
                   "                         FAMILY:VALUE or FAMILY:NAME picks the family\n"
                   "                         (kerberos:0x18, tls-alert:40, win32:1326,\n"
                   "                         tls-alert:handshake_failure; families: sspi, ntstatus,\n"
                   "                         kerberos, tls-alert, win32, hresult); a bare number that\n"
                   "                         several families hold lists each of them (JSON: one object\n"
                   "                         per family, same \"input\", \"status\": \"several_meanings\");\n"
                   "                         - reads the tokens from standard input, one a line\n"
                   "  decode [FILE...|-]     find every code in logs, event XML, Event Viewer text and\n"
                   "                         .evtx files (standard input when no FILE or -); UTF-8 and\n"
                   "                         UTF-16 are detected, binary files are skipped\n"
                   "  list                   print the whole catalog\n"
                   "\n"
                   "Options:\n"
                   "  --format text|json|csv  output format (default: text)\n"
                   "  --encoding NAME         decode: read every input as NAME instead of detecting it:\n"
                   "                          UTF-8, UTF-16LE, UTF-16BE, Big5 (cp950), GBK (cp936),\n"
                   "                          Shift_JIS (cp932), windows-1252 or another name Qt knows\n"
                   "  --messages FILE         decode: also find the texts FILE teaches (rows of\n"
                   "                          code<TAB>text, as the window's Taught texts dialog\n"
                   "                          exports them); may be given more than once\n"
                   "  --no-user-messages      decode: do not read your own taught texts\n"
                   "                          (user-messages.tsv in the window's data folder)\n"
                   "  --redact                decode: mask account and computer names, domains, IP\n"
                   "                          addresses, SIDs and e-mail addresses (USER-1, HOST-2, IP-1)\n"
                   "                          so that the output can be shared; codes, event IDs and\n"
                   "                          times stay\n"
                   "  --lang en|zh_TW         language of the explanations (default: from the locale)\n"
                   "  -h, --help              show this help and exit\n"
                   "  -V, --version           show the version and exit\n"
                   "\n"
                   "Exit status: 0 success, 1 something to look up was not found, 2 usage error (a\n"
                   "--messages file that cannot be read included), 3 some file could not be read or was\n"
                   "skipped (the others are still decoded), 4 the output could not be written (a full\n"
                   "disk, for example).\n"
                   "\n"
                   "Examples:\n"
                   "  sspilens-cli lookup -2146893019      negative values are values, not options\n"
                   "  sspilens-cli decode --format json app.log\n"
                   "  sspilens-cli decode --messages team-texts.tsv app.log\n"
                   "  journalctl -u myservice | sspilens-cli decode\n");
}

#ifdef Q_OS_UNIX
/// Columns to wrap at when standard output is a terminal (at most 100, for reading), else 0.
int terminalWidth()
{
    if (!::isatty(STDOUT_FILENO))
        return 0;
    int columns = 0;
    struct winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0)
        columns = size.ws_col;
    if (columns <= 0)
        columns = qEnvironmentVariableIntValue("COLUMNS");
    if (columns <= 0)
        columns = 80;
    return std::clamp(columns, 40, 100);
}
#else
int terminalWidth()
{
    return 0;
}
#endif

bool looksLikeNumber(const QString &arg)
{
    return arg.size() > 1 && arg.at(0) == QLatin1Char('-') && arg.at(1).isDigit();
}

int usageError(QTextStream &err, const QString &message)
{
    err << QStringLiteral("sspilens-cli: ") << message << QLatin1Char('\n');
    err.flush();
    return ExitUsage;
}

/// Lower case without "-" and "_": "Shift-JIS", "shift_jis" and "SHIFTJIS" are one name.
QString encodingKey(const QString &name)
{
    QString key = name.toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    return key;
}

/// The TextDecoder name for what a person types after --encoding: a name of
/// selectableEncodings() or its Windows code page in any case and spelling, else any name this
/// Qt build decodes (ICU aliases such as iso-8859-15); empty when unknown.
QByteArray resolveEncoding(const QString &name)
{
    const auto ascii =
        std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
    if (name.isEmpty() || !ascii)
        return {};
    // Windows code page names, as people type them; ICU gives some (cp950) no standard name.
    static const struct {
        const char *alias;
        const char *name;
    } windowsPages[] = {
        {"cp950", "Big5"},      {"ms950", "Big5"},          {"windows950", "Big5"},
        {"cp936", "GBK"},       {"ms936", "GBK"},           {"windows936", "GBK"},
        {"cp932", "Shift_JIS"}, {"ms932", "Shift_JIS"},     {"windows31j", "Shift_JIS"},
        {"sjis", "Shift_JIS"},  {"cp1252", "windows-1252"}, {"cp65001", "UTF-8"},
        {"cp1200", "UTF-16LE"}, {"cp1201", "UTF-16BE"},
    };
    const QString key = encodingKey(name);
    for (const auto &page : windowsPages) {
        if (key == QLatin1String(page.alias))
            return page.name;
    }
    for (const sspilens::TextEncoding &e : sspilens::selectableEncodings()) {
        if (key == encodingKey(QString::fromLatin1(e.name)))
            return e.name;
    }
    const QByteArray latin1 = name.toLatin1();
    return QStringDecoder(latin1.constData()).isValid() ? latin1 : QByteArray();
}

QString encodingNames()
{
    QStringList names;
    for (const sspilens::TextEncoding &e : sspilens::selectableEncodings())
        names << QString::fromLatin1(e.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

#ifdef Q_OS_UNIX
/// Puts /dev/null on closed standard descriptors, so that no file Qt opens takes their number
/// (reading a closed standard input would otherwise read Qt's own event descriptor). Returns
/// whether standard input was closed.
bool guardStandardDescriptors()
{
    bool stdinClosed = false;
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        stdinClosed = stdinClosed || fd == STDIN_FILENO;
        const int null = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != fd) {
            ::dup2(null, fd);
            ::close(null);
        }
    }
    return stdinClosed;
}
#else
bool guardStandardDescriptors()
{
    return false;
}
#endif

namespace {

/// "--name" or "--name=value".
bool isOption(const QString &arg, QStringView name)
{
    return arg == name || (arg.startsWith(name) && arg.mid(name.size()).startsWith(QLatin1Char('=')));
}

/// The value of the option at @p i, from "--name=value" or the next argument (then @p i moves on).
bool takeValue(const QStringList &args, int &i, QString *value)
{
    const QString &arg = args.at(i);
    if (arg.contains(QLatin1Char('='))) {
        *value = arg.section(QLatin1Char('='), 1);
        return true;
    }
    if (i + 1 >= args.size())
        return false;
    *value = args.at(++i);
    return true;
}

/// Parses the command line and runs the command; main() checks that its output arrived.
int run(QTextStream &out, QTextStream &err, bool stdinClosed)
{
    const QStringList args = QCoreApplication::arguments().mid(1);

    // Language first, so that even usage errors come out in the chosen language.
    QString lang;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
        else if (args.at(i) == QLatin1String("--"))
            break;
    }
    if (!lang.isEmpty() && !sspilens::i18n::isSupported(lang))
        return usageError(err, Cli::tr("unsupported language '%1' (use en or zh_TW)").arg(lang));
    sspilens::i18n::install(lang.isEmpty() ? sspilens::i18n::languageForLocale(QLocale::system())
                                           : sspilens::i18n::canonicalLanguage(lang));

    Context ctx;
    ctx.width = terminalWidth();
    ctx.stdinClosed = stdinClosed;
    ctx.out = &out;
    ctx.err = &err;

    QString command;
    QStringList positional;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-") || looksLikeNumber(arg)) {
            if (command.isEmpty())
                command = arg;
            else
                positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << usage();
            return ExitOk;
        } else if (arg == QLatin1String("-V") || arg == QLatin1String("--version")) {
            out << QStringLiteral("sspilens-cli %1\n").arg(QCoreApplication::applicationVersion());
            return ExitOk;
        } else if (isOption(arg, u"--format")) {
            QString value;
            if (!takeValue(args, i, &value))
                return usageError(err, Cli::tr("--format needs a value: text, json or csv"));
            if (value == QLatin1String("text"))
                ctx.format = Format::Text;
            else if (value == QLatin1String("json"))
                ctx.format = Format::Json;
            else if (value == QLatin1String("csv"))
                ctx.format = Format::Csv;
            else
                return usageError(err, Cli::tr("unknown format '%1' (use text, json or csv)").arg(value));
        } else if (isOption(arg, u"--encoding")) {
            QString value;
            if (!takeValue(args, i, &value))
                return usageError(err, Cli::tr("--encoding needs a value: %1").arg(encodingNames()));
            ctx.encoding = resolveEncoding(value);
            if (ctx.encoding.isEmpty())
                return usageError(err, Cli::tr("unknown encoding '%1' (use %2)").arg(value, encodingNames()));
        } else if (isOption(arg, u"--messages")) {
            QString value;
            if (!takeValue(args, i, &value) || value.isEmpty())
                return usageError(err, Cli::tr("--messages needs a file name"));
            ctx.messageFiles << value;
        } else if (arg == QLatin1String("--no-user-messages")) {
            ctx.userMessages = false;
        } else if (arg == QLatin1String("--redact")) {
            ctx.redact = true;
        } else if (isOption(arg, u"--lang")) {
            QString applied; // installed above, before anything could be reported
            if (!takeValue(args, i, &applied))
                return usageError(err, Cli::tr("--lang needs a value: en or zh_TW"));
        } else {
            return usageError(err, Cli::tr("unknown option '%1' (see sspilens-cli --help)").arg(arg));
        }
    }

    if (command.isEmpty())
        return usageError(err, Cli::tr("missing command: lookup, decode or list (see sspilens-cli --help)"));
    if (!ctx.encoding.isEmpty() && command != QLatin1String("decode"))
        return usageError(err, Cli::tr("--encoding applies to decode only"));
    if ((!ctx.messageFiles.isEmpty() || !ctx.userMessages) && command != QLatin1String("decode"))
        return usageError(err, Cli::tr("--messages and --no-user-messages apply to decode only"));
    if (ctx.redact && command != QLatin1String("decode"))
        return usageError(err, Cli::tr("--redact applies to decode only"));
    const bool stdinTwice = positional.count(QStringLiteral("-")) > 1;
    if (command == QLatin1String("lookup")) {
        if (positional.isEmpty())
            return usageError(err, Cli::tr("lookup needs at least one code, symbol or text"));
        if (stdinTwice)
            return usageError(err, Cli::tr("standard input (-) can be read only once"));
        return runLookup(ctx, positional);
    }
    if (command == QLatin1String("list")) {
        if (!positional.isEmpty())
            return usageError(err, Cli::tr("list takes no arguments"));
        return runList(ctx);
    }
    if (command == QLatin1String("decode")) {
        if (stdinTwice)
            return usageError(err, Cli::tr("standard input (-) can be read only once"));
        return runDecode(ctx, positional);
    }
    return usageError(err, Cli::tr("unknown command '%1' (use lookup, decode or list)").arg(command));
}

} // namespace

int main(int argc, char *argv[])
{
    const bool stdinClosed = guardStandardDescriptors();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sspilens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SSPI Lens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSPILENS_VERSION));

    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly);
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    const int code = run(out, err, stdinClosed);
    // A script must not take a truncated report for a whole one (sspilens-cli decode > /dev/full).
    out.flush();
    if (out.status() != QTextStream::Ok || stdoutFile.error() != QFileDevice::NoError) {
        err << QStringLiteral("sspilens-cli: ") << Cli::tr("cannot write the output: %1").arg(stdoutFile.errorString())
            << QLatin1Char('\n');
        err.flush();
        return ExitWriteFailed;
    }
    return code;
}
