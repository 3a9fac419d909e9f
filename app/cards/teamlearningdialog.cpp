#include "app/cards/teamlearningdialog.h"

#include "app/cards/cardfilterbar.h"
#include "app/cards/teamcardsview.h"
#include "app/cards/teamsummaryhtml.h"
#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/reports/savedfilenotice.h"
#include "core/i18n/translations.h"
#include "core/learning/cardfolderreader.h"
#include "core/learning/teamsummary.h"
#include "core/report/reportpainter.h"
#include "core/report/teamlearningreport.h"
#include "core/util/appsettings.h"
#include "core/util/collation.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace myfyrio {

TeamLearningDialog::TeamLearningDialog(QWidget* parent)
    : QDialog(parent),
      m_foldersLabel(new QLabel(this)),
      m_folderList(new QListWidget(this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_filters(new CardFilterBar(this)),
      m_tabs(new QTabWidget(this)),
      m_summary(new QTextBrowser(m_tabs)),
      m_cards(new TeamCardsView(m_tabs)),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_pdf(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("TeamLearningDialog"));
    m_foldersLabel->setBuddy(m_folderList);
    m_foldersLabel->setWordWrap(true);
    m_folderList->setMaximumHeight(m_folderList->fontMetrics().lineSpacing() * 5);
    m_add->setObjectName(QStringLiteral("addFolder"));
    m_remove->setObjectName(QStringLiteral("removeFolder"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_summary->setOpenLinks(false);
    m_summary->setObjectName(QStringLiteral("teamPattern"));
    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_cards, QString());
    m_language->addItem(QStringLiteral("Cymraeg"), Translations::welsh());
    m_language->addItem(QStringLiteral("English"), Translations::english());
    m_language->addItem(QStringLiteral("Cymraeg + English"), QStringLiteral("both"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::current())));
    m_languageLabel->setBuddy(m_language);

    auto* folderButtons = new QVBoxLayout;
    folderButtons->addWidget(m_add);
    folderButtons->addWidget(m_remove);
    folderButtons->addStretch();
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderList, 1);
    folderRow->addLayout(folderButtons);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_languageLabel);
    bottom->addWidget(m_language);
    bottom->addWidget(buttons, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_foldersLabel);
    layout->addLayout(folderRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &TeamLearningDialog::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &TeamLearningDialog::removeFolder);
    connect(m_pdf, &QPushButton::clicked, this, &TeamLearningDialog::savePdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_filters, &CardFilterBar::filterChanged, this, &TeamLearningDialog::applyFilter);
    connect(m_folderList, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_folderList->selectedItems().isEmpty()); });

    QStringList remembered;
    for (const QString& folder : appSettings()->value(foldersKey()).toStringList()) {
        if (QFileInfo(folder).isDir())
            remembered.append(folder);
    }
    m_folders = remembered;
    retranslate();
    readFolders();
    resize(820, 800);
}

void TeamLearningDialog::setFolders(const QStringList& folders)
{
    m_folders = folders;
    readFolders();
}

void TeamLearningDialog::addFolder()
{
    const QString start = m_folders.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                              : m_folders.constLast();
    const QString folder = FileDialog::getExistingDirectory(this, tr("Add a Card Folder"), start);
    if (folder.isEmpty() || m_folders.contains(folder))
        return;
    m_folders.append(folder);
    readFolders();
}

void TeamLearningDialog::removeFolder()
{
    const QList<QListWidgetItem*> selected = m_folderList->selectedItems();
    for (const QListWidgetItem* item : selected)
        m_folders.removeAll(item->data(Qt::UserRole).toString());
    readFolders();
}

void TeamLearningDialog::readFolders()
{
    m_folders = sortedForDisplay(m_folders);
    appSettings()->setValue(foldersKey(), m_folders);
    m_folderList->clear();
    for (const QString& folder : std::as_const(m_folders)) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_folderList);
        item->setData(Qt::UserRole, folder);
    }
    m_remove->setEnabled(false);
    m_collection = m_folders.isEmpty() ? CardCollection{} : CardFolderReader::read(m_folders);
    m_cards->setCards(m_collection.cards);
    {
        // Once, below, rather than again for each choice the new cards no longer offer.
        const QSignalBlocker quiet(m_filters);
        m_filters->setCards(m_collection.cards);
    }
    applyFilter();
}

void TeamLearningDialog::applyFilter()
{
    const CardFilter filter = m_filters->filter();
    m_cards->setCardFilter(filter);
    if (m_folders.isEmpty()) {
        m_summary->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Add the card folder your team shares (a shared drive, or a folder "
                                       "your organisation syncs) to see the pattern of its learning cards.")
                                        .toHtmlEscaped()));
    } else if (filter.isEmpty()) {
        m_summary->setHtml(TeamSummaryHtml::build(m_collection, TeamSummary::summarise(m_collection.cards)));
    } else {
        // The list has kept the cards already (with each card's text folded
        // once); the months are passed on for the trend's first and last month.
        CardFilter period;
        period.from = filter.from;
        period.to = filter.to;
        m_summary->setHtml(
            TeamSummaryHtml::build(m_collection, TeamSummary::summarise(m_cards->shownCards(), period), true));
    }
    m_pdf->setEnabled(!m_folders.isEmpty() && m_cards->shownCount() > 0);
}

void TeamLearningDialog::savePdf()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The suggested file name of the PDF; %1 is today's date as YYYY-MM-DD.
    const QString name = tr("team-learning-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path = FileDialog::getSaveFileName(this, tr("Save Team Learning Summary"), QDir(documents).filePath(name),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    TeamLearningReport::Options options;
    options.language = m_language->currentData().toString();
    options.filter = m_filters->filter();
    if (auto written = ReportPainter::writePdf(TeamLearningReport::build(m_collection, options), path); !written) {
        MessageBox::warning(this, tr("Save Team Learning Summary"), written.error());
        return;
    }
    SavedFileNotice::show(this, tr("Save Team Learning Summary"), path);
}

void TeamLearningDialog::retranslate()
{
    setWindowTitle(tr("Team Learning"));
    m_foldersLabel->setText(tr("Card &folders (read, never written):"));
    m_folderList->setAccessibleName(tr("Card folders"));
    m_summary->setAccessibleName(tr("Summary of the team's learning cards"));
    m_tabs->setAccessibleName(tr("The team's pattern and cards"));
    m_tabs->setTabText(0, tr("&Pattern"));
    m_tabs->setTabText(1, tr("Car&ds"));
    m_tabs->setTabToolTip(0, tr("The pattern of the cards the filters keep."));
    m_tabs->setTabToolTip(1, tr("The cards the filters keep, one by one."));
    m_add->setText(tr("&Add Folder…"));
    m_remove->setText(tr("&Remove Folder"));
    m_languageLabel->setText(tr("PDF &language:"));
    m_pdf->setText(tr("&Save Summary as PDF…"));
    m_close->setText(tr("Close"));
}

void TeamLearningDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        readFolders();
    }
    QDialog::changeEvent(event);
}

} // namespace myfyrio
