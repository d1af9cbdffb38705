// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "taughttextsdialog.h"

#include "taughttexts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace sspilens;

TaughtTextsDialog::TaughtTextsDialog(TaughtTexts *texts, QWidget *parent) : QDialog(parent), m_texts(texts)
{
    setObjectName(QStringLiteral("taughtTextsDialog"));
    setWindowTitle(tr("Taught Texts"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("taughtStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("taughtTable"));
    m_table->setHorizontalHeaderLabels({tr("Text"), tr("Code"), tr("Language"), tr("Added")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("taughtRemove"));
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("taughtImport"));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("taughtExport"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &TaughtTextsDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Taught Texts"), QString(),
                                                          tr("Taught texts (*.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Taught Texts"), QStringLiteral("taught-texts.tsv"), tr("Taught texts (*.tsv)"));
        if (path.isEmpty())
            return;
        const QString error = exportTo(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export Taught Texts"), error);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TaughtTextsDialog::updateButtons);
    connect(m_texts, &TaughtTexts::changed, this, &TaughtTextsDialog::refresh);
    resize(760, 420);
    refresh();
}

void TaughtTextsDialog::refresh()
{
    const UserMessageFile &file = m_texts->file();
    const std::vector<UserMessage> rows = file.messages();
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const UserMessage &m = rows[static_cast<size_t>(r)];
        const QDateTime added = QDateTime::fromString(m.added, Qt::ISODate);
        const QStringList cells{m.text, tr("%1 (%2)").arg(m.entry->symbolString(), formatValue(*m.entry)),
                                m.language.isEmpty() ? tr("any") : m.language,
                                added.isValid() ? QLocale().toString(added.toLocalTime(), QLocale::ShortFormat)
                                                : m.added};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0 && !m.note.isEmpty())
                item->setToolTip(m.note);
            m_table->setItem(r, c, item);
        }
    }

    QStringList lines;
    lines << tr("Kept in %1.").arg(QDir::toNativeSeparators(m_texts->path()));
    if (!file.isWritable())
        lines << tr("This file cannot be changed: %1").arg(file.readOnlyReason());
    int skipped = 0;
    for (const UserMessageIssue &issue : file.issues())
        skipped += issue.line > 1 || file.isWritable() ? 1 : 0;
    if (skipped > 0)
        lines << tr("%n row(s) of the file are not used (the command line names them: sspilens-cli decode).", nullptr,
                    skipped);
    m_status->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void TaughtTextsDialog::updateButtons()
{
    const bool writable = m_texts->file().isWritable();
    m_remove->setEnabled(writable && !m_table->selectedItems().isEmpty());
    m_import->setEnabled(writable);
    m_export->setEnabled(!m_texts->file().messages().empty());
}

void TaughtTextsDialog::removeSelected()
{
    QStringList texts;
    QSet<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        rows.insert(item->row());
    for (int row : rows)
        texts << m_table->item(row, 0)->text();
    for (const QString &text : texts) {
        QString error;
        if (!m_texts->remove(text, &error)) {
            QMessageBox::warning(this, tr("Remove Taught Text"), error);
            return;
        }
    }
}

QString TaughtTextsDialog::importFrom(const QString &path, bool quiet)
{
    int added = 0;
    QStringList skipped;
    QString error;
    QString report;
    if (!m_texts->importFile(path, &added, &skipped, &error)) {
        report = error;
        if (!quiet)
            QMessageBox::warning(this, tr("Import Taught Texts"), report);
        return report;
    }
    report = tr("%n text(s) added.", nullptr, added);
    if (!skipped.isEmpty())
        report += QLatin1Char('\n') + tr("%n row(s) skipped:", nullptr, static_cast<int>(skipped.size()))
                  + QLatin1Char('\n') + skipped.join(QLatin1Char('\n'));
    if (!quiet)
        QMessageBox::information(this, tr("Import Taught Texts"), report);
    return report;
}

QString TaughtTextsDialog::exportTo(const QString &path)
{
    QString error;
    return m_texts->exportFile(path, &error) ? QString() : error;
}
