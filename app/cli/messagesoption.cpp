// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// decode's extra message texts: the system's own (Windows), the user's file, --messages FILE.
#include "cli.h"

#include "systemmessages.h"
#include "usermessages.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace sspilens::cli {

bool loadExtraMessages(const Context &ctx, std::vector<ExtraMessage> *messages)
{
    const auto complain = [&](const QString &message) {
        *ctx.err << QStringLiteral("sspilens-cli: ") << message << QLatin1Char('\n');
    };
    const auto add = [&](const UserMessageFile &file) {
        for (const UserMessageIssue &issue : file.issues())
            complain(issue.toString());
        std::vector<ExtraMessage> extra = file.extraMessages();
        messages->insert(messages->end(), extra.begin(), extra.end());
    };

    *messages = installedSystemMessages();
    if (ctx.userMessages) {
        UserMessageFile file;
        QString error;
        // The user's own texts are a convenience: a problem with them never stops a decode.
        if (!file.load(UserMessageFile::defaultPath(), &error))
            complain(Cli::tr("warning: your taught texts are not used: %1").arg(error));
        add(file);
    }
    for (const QString &path : ctx.messageFiles) {
        UserMessageFile file;
        QString error;
        const QFileInfo info(path);
        if (!info.exists()) {
            complain(Cli::tr("cannot read the messages file %1: %2")
                         .arg(QDir::toNativeSeparators(path), Cli::tr("no such file")));
            ctx.err->flush();
            return false;
        }
        if (!file.load(path, &error)) {
            complain(error);
            ctx.err->flush();
            return false;
        }
        add(file);
    }
    ctx.err->flush();
    return true;
}

} // namespace sspilens::cli
