// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "report.h"
#include "scanner.h"
#include "textdecode.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace sspilens::cli {

namespace {

// Big enough to amortise the per-chunk work, small enough for bounded memory on any input.
constexpr qint64 kChunkBytes = qint64(1) << 20;

ReportFormat reportFormat(Format format)
{
    switch (format) {
    case Format::Json: return ReportFormat::Json;
    case Format::Csv: return ReportFormat::Csv;
    case Format::Text: break;
    }
    return ReportFormat::Text;
}

bool isControl(char16_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1B) || u == 0x7F;
}

// TextDecoder flags a first block full of U+FFFD or controls. U+FFFD alone is text in a code page
// we do not detect (a Big5 or Shift-JIS log read as UTF-8: its ASCII codes are still found);
// binary data (random bytes, /dev/zero, an archive) also has controls: about one byte in nine.
// With --encoding the user vouches for the high bytes, so only controls count, and not U+001A:
// ICU's stand-in for bytes a code page such as Shift-JIS does not map.
bool isBinary(const DecodeInfo &info, QStringView head, bool encodingGiven)
{
    if (!info.looksBinary && !encodingGiven)
        return false;
    const qsizetype n = std::min(head.size(), TextDecoder::detectionSize);
    const auto controls = std::count_if(head.begin(), head.begin() + n, [encodingGiven](QChar c) {
        return isControl(c.unicode()) && !(encodingGiven && c.unicode() == 0x1A);
    });
    return encodingGiven ? controls * 20 > n : controls * 100 > n;
}

/// One input: a file or standard input, read in pieces as they come.
class Input
{
public:
    Input(const QString &argument, bool stdinClosed)
        : m_isStdin(argument == QLatin1String("-")), m_stdinClosed(stdinClosed)
    {}

    bool isStdin() const { return m_isStdin; }

    /// Opens @p path (or standard input); on failure @p error says why.
    bool open(const QString &path, QString &error)
    {
        if (m_isStdin) {
            if (m_stdinClosed) {
                error = QString::fromLocal8Bit(std::strerror(EBADF));
                return false;
            }
#ifdef Q_OS_WIN
            _setmode(_fileno(stdin), _O_BINARY); // UTF-16 and CRLF must arrive as they are
#endif
            m_file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
        } else {
            if (path.isEmpty()) {
                error = Cli::tr("empty file name");
                return false;
            }
            if (QFileInfo(path).isDir()) {
                error = Cli::tr("is a directory");
                return false;
            }
            m_file.setFileName(path);
            if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                error = m_file.errorString();
                return false;
            }
        }
#ifdef Q_OS_UNIX
        // Standard input may be a directory too (sspilens-cli decode < /var/log).
        struct stat st {};
        if (::fstat(fd(), &st) == 0 && S_ISDIR(st.st_mode)) {
            error = Cli::tr("is a directory");
            return false;
        }
#endif
        return true;
    }

    /// Reads what is there, up to @p size bytes: a pipe, a terminal or a device does not wait for
    /// a full chunk ("tail -f log | sspilens-cli decode" shows findings as they come; QFile
    /// reads until its buffer is full). 0 at the end, -1 on error (see @p error).
    qint64 read(char *data, qint64 size, QString &error)
    {
#ifdef Q_OS_UNIX
        ssize_t got = 0;
        do {
            got = ::read(fd(), data, size_t(size));
        } while (got < 0 && errno == EINTR);
        if (got < 0)
            error = QString::fromLocal8Bit(std::strerror(errno));
        return got;
#else
        const qint64 got = m_file.read(data, size);
        if (got < 0)
            error = m_file.errorString();
        return got;
#endif
    }

private:
#ifdef Q_OS_UNIX
    int fd() const
    {
        return m_isStdin ? STDIN_FILENO : m_file.handle();
    }
#endif
    bool m_isStdin = false;
    bool m_stdinClosed = false;
    QFile m_file;
};

} // namespace

int runDecode(const Context &ctx, const QStringList &files)
{
    const QStringList inputs = files.isEmpty() ? QStringList{QStringLiteral("-")} : files;
    const LogScanner scanner;
    ReportWriter writer(reportFormat(ctx.format));
    ReportSummary summary;
    bool incomplete = false;
    int decoded = 0;

    const auto complain = [&](const QString &message) {
        *ctx.err << QStringLiteral("sspilens-cli: ") << message << QLatin1Char('\n');
        ctx.err->flush();
    };

#ifdef Q_OS_UNIX
    if (inputs.contains(QStringLiteral("-")) && ::isatty(STDIN_FILENO))
        complain(Cli::tr("reading the log from the terminal; end it with Ctrl+D"));
#endif

    *ctx.out << writer.begin();
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    for (const QString &argument : inputs) {
        Input input(argument, ctx.stdinClosed);
        const QString name = input.isStdin()      ? QStringLiteral("<stdin>")
                             : argument.isEmpty() ? QStringLiteral("''")
                                                  : argument;
        QString error;
        if (!input.open(argument, error)) {
            complain(Cli::tr("cannot read %1: %2").arg(name, error));
            incomplete = true;
            continue;
        }

        TextDecoder decoder(ctx.encoding);
        ScanStream stream(scanner);
        bool checked = false;
        bool binary = false;
        // Until the first check the stream's buffer holds exactly the first decoded text.
        const auto check = [&]() {
            if (checked || decoder.info().encoding.isEmpty())
                return;
            checked = true;
            binary = isBinary(decoder.info(), stream.buffer(), !ctx.encoding.isEmpty());
        };
        bool printed = false;
        const FindingSink sink = [&](const Finding &f) {
            *ctx.out << writer.finding(f, name);
            summary.add(f, name);
            printed = true;
            return true;
        };
        bool failed = false;
        qint64 bytes = 0;
        for (;;) {
            const qint64 got = input.read(chunk.data(), chunk.size(), error);
            if (got < 0) {
                complain(Cli::tr("cannot read %1: %2").arg(name, error));
                failed = true;
                break;
            }
            if (got == 0)
                break;
            bytes += got;
            decoder.decode(QByteArrayView(chunk.constData(), got), stream.buffer());
            check();
            if (binary)
                break;
            stream.feedAppended(sink);
            if (printed) {
                ctx.out->flush();
                printed = false;
                // Nowhere to write to (a full disk): stop reading; main() says why.
                if (ctx.out->status() != QTextStream::Ok)
                    return ExitWriteFailed;
            }
        }
        if (!binary) {
            decoder.finish(stream.buffer());
            check();
        }
        if (binary) {
            // Not scanned at all: findings in binary data would be noise.
            complain(Cli::tr("skipped %1: binary data, not a text log").arg(name));
            incomplete = true;
            continue;
        }
        incomplete = incomplete || failed;
        if (failed && bytes == 0)
            continue;
        // What was read before a read error is still reported: it is what the log says.
        stream.finish(sink);
        summary.addFile(name);
        ++decoded;
        if (decoder.info().invalidBytes) {
            complain(Cli::tr("warning: %1 is not valid %2 text; the invalid bytes were replaced")
                         .arg(name, QString::fromLatin1(decoder.info().encoding)));
        }
    }
    // A script gets a whole document whatever happened; a person gets no "nothing found" for
    // files that could not be read (the messages above say why).
    if (ctx.format != Format::Text || decoded > 0)
        *ctx.out << writer.end(summary);
    ctx.out->flush();
    return incomplete ? ExitUnreadable : ExitOk;
}

} // namespace sspilens::cli
