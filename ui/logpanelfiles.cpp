// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// LogPanel: export, the summary, the Open dialog, recent files and encodings.
#include "logpanel.h"
#include "logpanel_p.h"

#include "codedetailview.h"
#include "logeditor.h"
#include "loghighlighter.h"
#include "report.h"
#include "scanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <functional>
#include <utility>

using namespace sspilens;
using namespace logpanel;

// ------------------------------------------------------------------------------------------------
// Export

QString LogPanel::sourceName() const
{
    return m_sourcePath.isEmpty() ? QString() : QFileInfo(m_sourcePath).fileName();
}

bool LogPanel::exportFindings(const QString &path, ExportFormat format, QString *error) const
{
    ReportFormat reportFormat = ReportFormat::Csv;
    switch (format) {
    case ExportFormat::Csv: reportFormat = ReportFormat::Csv; break;
    case ExportFormat::Json: reportFormat = ReportFormat::Json; break;
    case ExportFormat::Markdown: reportFormat = ReportFormat::Markdown; break;
    }
    // QSaveFile writes next to the target and renames at the end: a failed export leaves any
    // earlier file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!writeReport(&file, reportFormat, *m_findings, sourceName())) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString LogPanel::summaryMarkdown() const
{
    ReportSummary summary;
    const QString file = sourceName();
    summary.addFile(file);
    for (const Finding &f : *m_findings)
        summary.add(f, file);
    return markdownSummary(summary);
}

void LogPanel::copySummaryMarkdown()
{
    QGuiApplication::clipboard()->setText(summaryMarkdown());
    emit statusMessage(tr("Copied the summary of %n finding(s) as Markdown", nullptr,
                          clampToInt(static_cast<qint64>(m_findings->size()))));
}

void LogPanel::exportWithDialog(ExportFormat format)
{
    QString suffix;
    QString filter;
    switch (format) {
    case ExportFormat::Csv:
        suffix = QStringLiteral("csv");
        filter = tr("CSV files (*.csv)");
        break;
    case ExportFormat::Json:
        suffix = QStringLiteral("json");
        filter = tr("JSON files (*.json)");
        break;
    case ExportFormat::Markdown:
        suffix = QStringLiteral("md");
        filter = tr("Markdown files (*.md)");
        break;
    }
    QSettings settings;
    const QString dir =
        settings
            .value(settingsLastDir, m_sourcePath.isEmpty()
                                        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                        : QFileInfo(m_sourcePath).absolutePath())
            .toString();
    const QString base = m_sourcePath.isEmpty() ? tr("sspi-findings")
                                                : QFileInfo(m_sourcePath).completeBaseName() + QStringLiteral("-sspi");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Findings"),
                                                      QDir(dir).filePath(base + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    settings.setValue(settingsLastDir, QFileInfo(path).absolutePath());
    QString error;
    if (!exportFindings(path, format, &error)) {
        QMessageBox::warning(this, tr("Export Findings"),
                             tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit statusMessage(tr("Exported %n finding(s) to %1", nullptr, clampToInt(static_cast<qint64>(m_findings->size())))
                           .arg(QDir::toNativeSeparators(path)));
}

// ------------------------------------------------------------------------------------------------
// Files and encodings

void LogPanel::openWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(settingsLastDir, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Log"), dir,
        tr("Logs and text (*.log *.txt *.csv *.json *.xml *.evtx *.evtx.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(settingsLastDir, QFileInfo(path).absolutePath());
    openFile(path);
}

QStringList LogPanel::recentFiles() const
{
    return QSettings().value(settingsRecent).toStringList();
}

void LogPanel::addRecentFile(const QString &path, const QByteArray &encoding)
{
    Q_UNUSED(encoding)
    QSettings settings;
    QStringList recent = settings.value(settingsRecent).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(settingsRecent, recent);
    rebuildRecentMenu();
    rebuildEncodingMenu();
}

void LogPanel::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    int n = 0;
    for (const QString &path : recent) {
        ++n;
        // "&1 name" gives the first nine entries a keyboard accelerator.
        const QString text =
            n < 10 ? tr("&%1 %2").arg(QString::number(n), QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(settingsRecent);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->menuAction()->setEnabled(!recent.isEmpty());
}

QString LogPanel::encodingDisplayName(const QByteArray &encoding) const
{
    for (const TextEncoding &e : selectableEncodings()) {
        if (QString::fromLatin1(e.name).compare(QString::fromLatin1(encoding), Qt::CaseInsensitive) == 0)
            return e.displayName;
    }
    return encoding.isEmpty() ? tr("the detected encoding") : QString::fromLatin1(encoding);
}

void LogPanel::rebuildEncodingMenu()
{
    m_encodingMenu->clear();
    for (QAction *action : m_encodingGroup->actions())
        m_encodingGroup->removeAction(action);
    QAction *detect = m_encodingMenu->addAction(tr("&Detect Automatically"));
    detect->setObjectName(QStringLiteral("encoding_detect"));
    detect->setCheckable(true);
    detect->setChecked(m_requestedEncoding.isEmpty());
    m_encodingGroup->addAction(detect);
    connect(detect, &QAction::triggered, this, [this] { reopenWithEncoding({}); });
    m_encodingMenu->addSeparator();
    for (const TextEncoding &e : selectableEncodings()) {
        QAction *action = m_encodingMenu->addAction(e.displayName);
        action->setObjectName(QStringLiteral("encoding_") + QString::fromLatin1(e.name));
        action->setData(e.name);
        action->setCheckable(true);
        action->setChecked(
            !m_requestedEncoding.isEmpty()
            && QString::fromLatin1(m_requestedEncoding).compare(QString::fromLatin1(e.name), Qt::CaseInsensitive) == 0);
        m_encodingGroup->addAction(action);
        const QByteArray name = e.name;
        connect(action, &QAction::triggered, this, [this, name] { reopenWithEncoding(name); });
    }
    m_encodingMenu->menuAction()->setEnabled(!m_sourcePath.isEmpty());
}
