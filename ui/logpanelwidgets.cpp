// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// LogPanel: its actions and widgets, their texts, the state they show, the splitters.
#include "logpanel.h"
#include "logpanel_p.h"

#include "codedetailview.h"
#include "eventsview.h"
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

void LogPanel::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openLogAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &LogPanel::openWithDialog);

    m_recentMenu = new QMenu(this);
    m_recentMenu->setObjectName(QStringLiteral("recentLogsMenu"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("recentLogsAction"));

    m_encodingMenu = new QMenu(this);
    m_encodingMenu->setObjectName(QStringLiteral("reopenEncodingMenu"));
    m_encodingMenu->menuAction()->setObjectName(QStringLiteral("reopenEncodingAction"));
    m_encodingGroup = new QActionGroup(this);
    m_encodingGroup->setExclusive(true);

    m_exportMenu = new QMenu(this);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->menuAction()->setObjectName(QStringLiteral("exportAction"));
    m_exportCsvAction = m_exportMenu->addAction(QString(), this, [this] { exportWithDialog(ExportFormat::Csv); });
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportJsonAction = m_exportMenu->addAction(QString(), this, [this] { exportWithDialog(ExportFormat::Json); });
    m_exportJsonAction->setObjectName(QStringLiteral("exportJsonAction"));
    m_exportMarkdownAction =
        m_exportMenu->addAction(QString(), this, [this] { exportWithDialog(ExportFormat::Markdown); });
    m_exportMarkdownAction->setObjectName(QStringLiteral("exportMarkdownAction"));

    m_pasteAction = new QAction(this);
    m_pasteAction->setObjectName(QStringLiteral("pasteAndDecodeAction"));
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    connect(m_pasteAction, &QAction::triggered, this, &LogPanel::pasteAndDecode);

    m_nextAction = new QAction(this);
    m_nextAction->setObjectName(QStringLiteral("nextFindingAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_nextAction, &QAction::triggered, this, &LogPanel::nextFinding);

    m_previousAction = new QAction(this);
    m_previousAction->setObjectName(QStringLiteral("previousFindingAction"));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_previousAction, &QAction::triggered, this, &LogPanel::previousFinding);

    m_copySummaryAction = new QAction(this);
    m_copySummaryAction->setObjectName(QStringLiteral("copySummaryMarkdownAction"));
    connect(m_copySummaryAction, &QAction::triggered, this, &LogPanel::copySummaryMarkdown);

    m_sampleAction = new QAction(this);
    m_sampleAction->setObjectName(QStringLiteral("showSampleLogAction"));
    connect(m_sampleAction, &QAction::triggered, this, &LogPanel::loadSample);

    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(QStringLiteral("cancelScanAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &LogPanel::cancel);

    // Shortcuts also work when the panel is used on its own, outside the main window's menus.
    addActions({m_openAction, m_pasteAction, m_nextAction, m_previousAction, m_cancelAction});
}

void LogPanel::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_sourceLabel, 1);
    const auto toolButton = [this](QAction *action, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        return button;
    };
    m_pasteButton = toolButton(m_pasteAction, QStringLiteral("pasteButton"));
    m_openButton = toolButton(m_openAction, QStringLiteral("openButton"));
    m_exportButton = toolButton(m_exportMenu->menuAction(), QStringLiteral("exportButton"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    header->addWidget(m_pasteButton);
    header->addWidget(m_openButton);
    header->addWidget(m_exportButton);
    layout->addLayout(header);

    m_infoBar = new QFrame(this);
    m_infoBar->setObjectName(QStringLiteral("infoBar"));
    m_infoBar->setFrameShape(QFrame::StyledPanel);
    m_infoBar->setAutoFillBackground(true);
    auto *info = new QHBoxLayout(m_infoBar);
    info->setContentsMargins(8, 4, 4, 4);
    m_infoLabel = new QLabel(m_infoBar);
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::PlainText);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    info->addWidget(m_infoLabel, 1);
    m_progress = new QProgressBar(m_infoBar);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(260);
    info->addWidget(m_progress);
    m_cancelButton = new QPushButton(m_infoBar);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &LogPanel::cancel);
    info->addWidget(m_cancelButton);
    m_infoButton = new QPushButton(m_infoBar);
    m_infoButton->setObjectName(QStringLiteral("infoButton"));
    connect(m_infoButton, &QPushButton::clicked, this, [this] {
        const QByteArray encoding = m_infoButtonEncoding;
        reopenWithEncoding(encoding);
    });
    info->addWidget(m_infoButton);
    m_infoClose = new QToolButton(m_infoBar);
    m_infoClose->setObjectName(QStringLiteral("infoClose"));
    m_infoClose->setAutoRaise(true);
    m_infoClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_infoClose, &QToolButton::clicked, this, &LogPanel::hideMessage);
    info->addWidget(m_infoClose);
    m_infoBar->hide();
    layout->addWidget(m_infoBar);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_textSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    m_textSplitter->setObjectName(QStringLiteral("logTextSplitter"));
    m_editor = new LogEditor(m_textSplitter);
    m_editor->setObjectName(QStringLiteral("logEditor"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    // A scroll bar that comes and goes changes the text's width, and QPlainTextEdit lays out
    // every block again when that happens: 0.1 s for a 50 MB log.
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLargeTextThreshold(m_backgroundThreshold);
    m_editor->setToolTipProvider([this](int position) { return toolTipAt(position); });
    // The editor's own document is still empty: the right moment to install the highlighter.
    m_highlighter = new LogHighlighter(m_editor->document());
    m_highlighter->setPalette(m_editor->palette());
    connect(m_highlighter, &LogHighlighter::textEdited, this, &LogPanel::onTextEdited);
    connect(m_editor, &LogEditor::filesDropped, this, &LogPanel::openDroppedFiles);
    connect(m_editor, &LogEditor::largeTextInserted, this, &LogPanel::setLogText);
    connect(m_editor, &LogEditor::positionDoubleClicked, this, [this](int position) {
        const int index = findingAtPosition(position);
        if (index >= 0) {
            goToFinding(index);
            explainFinding(index);
        }
    });
    connect(m_editor, &LogEditor::contextMenuAboutToShow, this,
            [this](QMenu *menu, int position) { addExplainAction(menu, findingAtPosition(position)); });
    m_emptyState = createEmptyState();
    m_editor->setEmptyStateWidget(m_emptyState);
    // A child of the text area, it would otherwise inherit the monospaced log font.
    m_emptyState->setFont(font());

    m_detailPane = new QWidget(m_textSplitter);
    m_detailPane->setObjectName(QStringLiteral("logDetailPane"));
    auto *detailLayout = new QVBoxLayout(m_detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailHeader = new QHBoxLayout;
    m_detailTitle = new QLabel(m_detailPane);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    detailHeader->addWidget(m_detailTitle, 1);
    m_detailClose = new QToolButton(m_detailPane);
    m_detailClose->setObjectName(QStringLiteral("detailClose"));
    m_detailClose->setAutoRaise(true);
    m_detailClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_detailClose, &QToolButton::clicked, this, [this] {
        // Where the explanation was is where it comes back.
        m_textSplitterState = m_textSplitter->saveState();
        m_detailPane->hide();
    });
    detailHeader->addWidget(m_detailClose);
    detailLayout->addLayout(detailHeader);
    m_detail = new CodeDetailView(m_detailPane);
    m_detail->setObjectName(QStringLiteral("logCodeDetail"));
    connect(m_detail, &CodeDetailView::relatedCodeActivated, this, &LogPanel::codeActivated);
    connect(m_detail, &CodeDetailView::copied, this, &LogPanel::statusMessage);
    detailLayout->addWidget(m_detail, 1);
    m_detailPane->hide();
    m_textSplitter->setStretchFactor(0, 3);
    m_textSplitter->setStretchFactor(1, 2);

    m_resultTabs = new QTabWidget(m_splitter);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->setDocumentMode(true);

    const auto makeTable = [this](const QString &name) {
        auto *view = new QTableView(this);
        view->setObjectName(name);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->verticalHeader()->hide();
        // Fixed rows: a log with a million findings must not measure a million rows.
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionsMovable(true);
        // Unsorted until the user asks: the model's order is the log's order.
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->setSortingEnabled(true);
        return view;
    };

    m_findingsModel = new FindingsModel(this);
    m_findingsProxy = new QSortFilterProxyModel(this);
    m_findingsProxy->setSourceModel(m_findingsModel);
    m_findingsProxy->setSortRole(FindingsModel::SortRole);
    m_findingsStack = new QStackedWidget(m_resultTabs);
    m_findingsView = makeTable(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findingsProxy);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::LineColumn, 70);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::TextColumn, 260);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::FormColumn, 110);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::SymbolColumn, 280);
    m_noFindingsLabel = new QLabel(m_findingsStack);
    m_noFindingsLabel->setObjectName(QStringLiteral("noFindingsLabel"));
    m_noFindingsLabel->setWordWrap(true);
    m_noFindingsLabel->setTextFormat(Qt::RichText);
    m_noFindingsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noFindingsLabel->setMargin(12);
    m_findingsStack->addWidget(m_findingsView);
    m_findingsStack->addWidget(m_noFindingsLabel);
    m_resultTabs->addTab(m_findingsStack, QString());

    m_summaryModel = new SummaryModel(this);
    m_summaryProxy = new QSortFilterProxyModel(this);
    m_summaryProxy->setSourceModel(m_summaryModel);
    m_summaryProxy->setSortRole(SummaryModel::SortRole);
    m_summaryView = makeTable(QStringLiteral("summaryView"));
    m_summaryView->setModel(m_summaryProxy);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::SymbolColumn, 280);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::ValueColumn, 100);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::CountColumn, 60);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::FirstLineColumn, 80);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::LastLineColumn, 80);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::CategoryColumn, 200);
    m_resultTabs->addTab(m_summaryView, QString());

    m_eventsView = new EventsView(m_resultTabs);
    m_eventsView->setSourceText([this](const EventRecord &event) { return eventSourceText(event); });
    connect(m_eventsView, &EventsView::codeChosen, this, &LogPanel::explainCode);
    connect(m_eventsView, &EventsView::findingActivated, this, [this](int index) {
        if (!m_eventLog)
            goToFinding(index);
    });
    m_resultTabs->addTab(m_eventsView, QString());
    m_resultTabs->setTabVisible(EventsTab, false);

    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onFindingActivated(current); });
    connect(m_findingsView, &QTableView::clicked, this, &LogPanel::onFindingActivated);
    connect(m_findingsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { explainFinding(index.data(FindingsModel::FindingIndexRole).toInt()); });
    connect(m_findingsView, &QWidget::customContextMenuRequested, this, &LogPanel::showFindingsContextMenu);
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onSummaryActivated(current); });
    connect(m_summaryView, &QTableView::clicked, this, &LogPanel::onSummaryActivated);
    connect(m_summaryView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        explainCode(m_summaryModel->rowAt(m_summaryProxy->mapToSource(index).row())
                        ? m_summaryModel->rowAt(m_summaryProxy->mapToSource(index).row())->entry.code
                        : nullptr);
    });
    connect(m_summaryView, &QWidget::customContextMenuRequested, this, &LogPanel::showSummaryContextMenu);
}

QWidget *LogPanel::createEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("logEmptyState"));
    page->setMaximumWidth(620);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont title = m_emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_emptyTitle->setFont(title);
    m_emptyTitle->setWordWrap(true);
    layout->addWidget(m_emptyTitle);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    layout->addWidget(m_emptyText);
    auto *buttons = new QHBoxLayout;
    m_emptyPaste = new QPushButton(page);
    m_emptyPaste->setObjectName(QStringLiteral("emptyPasteButton"));
    connect(m_emptyPaste, &QPushButton::clicked, this, &LogPanel::pasteAndDecode);
    m_emptyOpen = new QPushButton(page);
    m_emptyOpen->setObjectName(QStringLiteral("emptyOpenButton"));
    connect(m_emptyOpen, &QPushButton::clicked, this, &LogPanel::openWithDialog);
    m_emptySample = new QPushButton(page);
    m_emptySample->setObjectName(QStringLiteral("emptySampleButton"));
    connect(m_emptySample, &QPushButton::clicked, this, &LogPanel::loadSample);
    buttons->addWidget(m_emptyPaste);
    buttons->addWidget(m_emptyOpen);
    buttons->addWidget(m_emptySample);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void LogPanel::retranslateUi()
{
    m_openAction->setText(tr("&Open Log…"));
    m_openAction->setToolTip(tr("Open a log file (it is only read, never changed)"));
    m_recentMenu->setTitle(tr("Open &Recent Log"));
    m_encodingMenu->setTitle(tr("Reopen with &Encoding"));
    m_exportMenu->setTitle(tr("&Export Findings"));
    m_exportCsvAction->setText(tr("As &CSV…"));
    m_exportJsonAction->setText(tr("As &JSON…"));
    m_exportMarkdownAction->setText(tr("As Markdown &Report…"));
    m_exportMarkdownAction->setToolTip(
        tr("A report for a ticket: each code's meaning, likely causes, next steps and lines"));
    m_pasteAction->setText(tr("&Paste and Decode"));
    m_pasteAction->setToolTip(tr("Replace the text with the clipboard and find the codes in it"));
    m_nextAction->setText(tr("&Next Finding"));
    m_previousAction->setText(tr("Pre&vious Finding"));
    m_copySummaryAction->setText(tr("Copy &Summary as Markdown"));
    m_sampleAction->setText(tr("Show &Sample Log"));
    m_sampleAction->setToolTip(tr("Open a sample log that shows every form of code SSPI Lens finds"));
    m_cancelAction->setText(tr("Cancel"));
    m_cancelButton->setText(tr("Cancel"));
    m_infoClose->setToolTip(tr("Close"));
    m_detailTitle->setText(tr("Explanation"));
    m_detailClose->setToolTip(tr("Close the explanation"));

    m_emptyTitle->setText(tr("Paste a log to find and explain its status codes"));
    m_emptyText->setText(tr("<p>Press <b>Ctrl+V</b> here, drop a file on this window or open one (a text log, "
                            "an event XML export or an .evtx file). Every status code in it (SSPI, NTSTATUS, "
                            "Kerberos, TLS alert, Win32, certificate) is highlighted and explained, and listed "
                            "below with a summary you can paste into a ticket.</p>")
                         + formsHtml());
    m_emptyPaste->setText(tr("Paste and Decode"));
    m_emptyOpen->setText(tr("Open Log…"));
    m_emptySample->setText(tr("Try the Sample Log"));
    m_editor->setPlaceholderText(QString());

    m_findingsModel->retranslate();
    m_summaryModel->retranslate();
    rebuildRecentMenu();
    rebuildEncodingMenu();
    updateResultsPage();
    updateHeader();
}

// ------------------------------------------------------------------------------------------------
// State shown

QList<QAction *> LogPanel::fileActions() const
{
    return {m_openAction, m_recentMenu->menuAction(), m_encodingMenu->menuAction(), m_exportMenu->menuAction()};
}

QList<QAction *> LogPanel::editActions() const
{
    return {m_pasteAction, m_nextAction, m_previousAction, m_copySummaryAction};
}

void LogPanel::updateActions()
{
    const bool haveFindings = !m_findings->empty();
    m_nextAction->setEnabled(haveFindings);
    m_previousAction->setEnabled(haveFindings);
    m_copySummaryAction->setEnabled(m_hasText);
    m_exportMenu->menuAction()->setEnabled(m_hasText);
    m_encodingMenu->menuAction()->setEnabled(!m_sourcePath.isEmpty());
    m_cancelAction->setEnabled(m_loader->isRunning());
    m_cancelButton->setEnabled(m_loader->isRunning());
}

void LogPanel::updateHeader()
{
    if (!m_hasText) {
        m_sourceLabel->setText(tr("No log yet"));
        return;
    }
    const int lines = clampToInt(m_lineCount);
    QString text;
    if (m_eventLog)
        text = tr("%1 · Windows event log").arg(QFileInfo(m_sourcePath).fileName());
    else if (m_showingSample)
        text = tr("Sample log · %n line(s)", nullptr, lines);
    else if (m_sourcePath.isEmpty())
        text = tr("Pasted text · %n line(s)", nullptr, lines);
    else
        text = tr("%1 · %2 · %n line(s)", nullptr, lines)
                   .arg(QFileInfo(m_sourcePath).fileName(), encodingDisplayName(m_decodeInfo.encoding));
    m_sourceLabel->setText(text);
    m_sourceLabel->setToolTip(m_sourcePath.isEmpty() ? QString() : QDir::toNativeSeparators(m_sourcePath));
}

void LogPanel::updateResultsPage()
{
    // Occurrences: a code written several ways in one line or event counts once.
    const int findings = m_findingsModel->rowCount();
    const int codes = clampToInt(static_cast<qint64>(m_summaryModel->rows().size()));
    m_resultTabs->setTabText(0, tr("Findings (%n)", nullptr, findings));
    m_resultTabs->setTabText(1, tr("Summary (%n code(s))", nullptr, codes));
    m_resultTabs->setTabToolTip(0, tr("One row per code per line, or per event: a code written several ways in "
                                      "one place is one finding, its forms listed in the row"));
    const int events = m_eventsView->eventCount();
    m_resultTabs->setTabText(EventsTab, tr("Events (%n)", nullptr, events));
    m_resultTabs->setTabToolTip(EventsTab, tr("The events of the log that carry a status code"));
    m_resultTabs->setTabVisible(EventsTab, events > 0);
    if (findings > 0) {
        m_findingsStack->setCurrentWidget(m_findingsView);
        return;
    }
    if (m_hasText)
        m_noFindingsLabel->setText(
            tr("<h3>No status codes found</h3><p>All %n line(s) were checked.</p>", nullptr, clampToInt(m_lineCount))
            + formsHtml());
    else
        m_noFindingsLabel->setText(tr("<p>Findings appear here as soon as there is a log to decode.</p>"));
    m_findingsStack->setCurrentWidget(m_noFindingsLabel);
}

QString LogPanel::message() const
{
    return m_infoBar->isHidden() ? QString() : m_infoLabel->text();
}

void LogPanel::showMessage(const QString &text, bool warning, const QString &buttonText,
                           const QByteArray &buttonEncoding)
{
    QPalette palette = m_infoBar->palette();
    const QColor window = this->palette().color(QPalette::Window);
    const QColor tint = this->palette().color(warning ? QPalette::Link : QPalette::Highlight);
    palette.setColor(QPalette::Window, LogHighlighter::blend(window, tint, warning ? 0.22 : 0.12));
    m_infoBar->setPalette(palette);
    m_infoLabel->setText(text);
    m_infoButton->setVisible(!buttonText.isEmpty());
    m_infoButton->setText(buttonText);
    m_infoButtonEncoding = buttonEncoding;
    if (m_feed)
        m_feed->ownsInfoBar = false;
    setProgressVisible(isBusy(), m_loader->isRunning());
    m_infoBar->show();
}

void LogPanel::hideMessage()
{
    if (isBusy())
        return;
    m_infoBar->hide();
    m_infoLabel->clear();
}

void LogPanel::setProgressVisible(bool visible, bool cancellable)
{
    m_progress->setVisible(visible);
    m_cancelButton->setVisible(visible && cancellable);
    m_cancelButton->setEnabled(visible && cancellable);
    m_infoClose->setVisible(!visible);
    if (!visible && m_infoLabel->text().isEmpty())
        m_infoBar->hide();
}

// ------------------------------------------------------------------------------------------------
// Splitters

void LogPanel::saveState(QSettings &settings) const
{
    // A panel that was never shown still holds the saved layout, not a real one of its own.
    if (!m_pendingSplitterState.isEmpty())
        settings.setValue(settingsSplitter, m_pendingSplitterState);
    else if (m_splittersPlaced)
        settings.setValue(settingsSplitter, m_splitter->saveState());
    const QByteArray text = m_detailPane->isHidden() ? m_textSplitterState : m_textSplitter->saveState();
    if (!text.isEmpty())
        settings.setValue(settingsTextSplitter, text);
}

void LogPanel::restoreState(const QSettings &settings)
{
    // Applied on the first show, when the splitter has its real height: restoring earlier would let
    // the window's first resize redistribute the saved sizes.
    m_pendingSplitterState = settings.value(settingsSplitter).toByteArray();
    m_textSplitterState = settings.value(settingsTextSplitter).toByteArray();
    if (m_splittersPlaced)
        placeSplitters();
}

void LogPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splittersPlaced)
        return;
    m_splittersPlaced = true;
    // Once the window's layout has settled.
    QTimer::singleShot(0, this, &LogPanel::placeSplitters);
}

void LogPanel::placeSplitters()
{
    const QByteArray saved = std::exchange(m_pendingSplitterState, QByteArray());
    if (!saved.isEmpty())
        m_splitter->restoreState(saved);
}
