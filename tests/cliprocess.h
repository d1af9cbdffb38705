// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Runs build/bin/sspilens-cli the way a script does, for the command-line tests.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace clitest {

inline const QString &program()
{
    static const QString path = QStringLiteral(SSPILENS_BIN_DIR "/sspilens-cli");
    return path;
}

/// What a run left behind; exitCode is -1 when the program did not start, crashed or hung.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

/// A UTF-8 C locale, so that output does not depend on the machine's language.
inline QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

/// Runs the command line; @p stdinFile, when set, is its standard input instead of @p input.
inline Run runCli(const QStringList &args, const QByteArray &input = {}, const QString &stdinFile = {},
                  const QProcessEnvironment &env = environment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    QElapsedTimer timer;
    timer.start();
    p.start(program(), args);
    if (!p.waitForStarted(10000))
        return {};
    if (stdinFile.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.ms = timer.elapsed();
    return r;
}

} // namespace clitest
