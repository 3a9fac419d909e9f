#include "app/supervision/agreementsview.h"

#include "app/dialogs/dialogrunner.h"
#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/privacy/guarddialog.h"
#include "app/settings/statuscolour.h"
#include "app/supervision/agreementeditor.h"
#include "app/supervision/historypanel.h"
#include "app/supervision/newagreementdialog.h"
#include "app/supervision/reviewtogetherdialog.h"
#include "app/supervision/sessionoverviewpanel.h"
#include "app/supervision/sessionspanel.h"
#include "core/i18n/phrasing.h"
#include "core/i18n/translations.h"
#include "core/io/suggestedfilename.h"
#include "core/storage/database.h"
#include "core/supervision/agreementexchange.h"
#include "core/supervision/agreementsharedtext.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/reviewreminders.h"
#include "core/supervision/sectioncatalog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

AgreementsView::AgreementsView(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_today(QDate::currentDate()),
      m_banner(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_emptyNote(new QLabel(this)),
      m_new(new QPushButton(this)),
      m_import(new QPushButton(this)),
      m_export(new QPushButton(this)),
      m_review(new QPushButton(this)),
      m_end(new QPushButton(this)),
      m_tabs(new QTabWidget(this)),
      m_editor(new AgreementEditor(database, this)),
      m_history(new HistoryPanel(this)),
      m_sessions(new SessionsPanel(database, this)),
      m_overview(new SessionOverviewPanel(this))
{
    setObjectName(QStringLiteral("AgreementsView"));
    auto* layout = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    StatusColour::apply(m_banner, StatusPalette::Role::Warning, true);
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("agreementList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setWordWrap(true);
    leftLayout->addWidget(m_list, 1);
    // With no agreement yet, a sentence says what to do instead of an empty list and a greyed-out editor.
    m_emptyNote->setObjectName(QStringLiteral("noAgreementsNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setContentsMargins(24, 24, 24, 24);
    leftLayout->addWidget(m_emptyNote, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    leftLayout->addLayout(buttons);
    m_review->setObjectName(QStringLiteral("reviewTogether"));
    // One above the other: side by side, the Welsh labels made the view wider than the window.
    leftLayout->addWidget(m_review);
    leftLayout->addWidget(m_end);
    splitter->addWidget(left);
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_sessions, QString());
    m_tabs->addTab(m_overview, QString());
    splitter->addWidget(m_tabs);
    // The list needs little room; the agreement, its history and the overview need the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 680});
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &AgreementsView::showCurrent);
    connect(m_new, &QPushButton::clicked, this, &AgreementsView::newAgreement);
    connect(m_import, &QPushButton::clicked, this, &AgreementsView::importAgreement);
    connect(m_export, &QPushButton::clicked, this, &AgreementsView::exportAgreement);
    connect(m_review, &QPushButton::clicked, this, &AgreementsView::reviewTogether);
    connect(m_end, &QPushButton::clicked, this, &AgreementsView::endAgreement);
    connect(m_editor, &AgreementEditor::saved, this, [this](const QString& id) { reload(id); });
    connect(m_sessions, &SessionsPanel::sessionsChanged, this, &AgreementsView::showCurrent);
    retranslate();
    reload();
}

void AgreementsView::setToday(const QDate& today)
{
    m_today = today;
    reload(currentId());
}

QString AgreementsView::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

bool AgreementsView::select(const QString& agreementId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == agreementId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString AgreementsView::reminderSummary() const
{
    return ReviewReminders::summary(ReviewReminders::due(m_agreements, m_today));
}

void AgreementsView::retranslate()
{
    //: The heading of the column that names the supervisor and the supervisee of each agreement.
    m_list->setHeaderLabels({tr("Parties"), tr("Status"), tr("Review date")});
    m_new->setText(tr("New…"));
    m_import->setText(tr("Import…"));
    m_emptyNote->setText(tr("You have no supervision agreements yet. Choose New… to write one with your supervisor "
                            "or supervisee, or Import… to open one the other person sent you."));
    m_export->setText(tr("Export…"));
    m_review->setText(tr("Review together and sign…"));
    m_end->setText(tr("End agreement…"));
    m_tabs->setTabText(0, tr("Agreement"));
    m_tabs->setTabText(1, tr("History"));
    m_tabs->setTabText(2, tr("Sessions"));
    m_tabs->setTabText(3, tr("Overview"));
    m_list->setAccessibleName(tr("Supervision agreements"));
    m_list->setAccessibleDescription(tr("Each agreement with its status and review date. Choose one to open it."));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the agreement"));
    m_tabs->tabBar()->setAccessibleDescription(tr("The agreement, its history, its sessions and an overview."));
    m_tabs->setTabToolTip(0, tr("The agreement's thirteen sections, to read and edit."));
    m_tabs->setTabToolTip(1, tr("Every version of the agreement, and the changes between two of them."));
    m_tabs->setTabToolTip(2, tr("The records of your supervision sessions."));
    m_tabs->setTabToolTip(3, tr("Sessions held against the agreed frequency, month by month."));
    m_new->setAccessibleDescription(tr("Starts a new agreement between a supervisor and a supervisee."));
    m_import->setAccessibleDescription(tr("Opens an agreement file the other person exported."));
    m_export->setAccessibleDescription(tr("Writes this agreement, with all its versions, to a file for the other "
                                          "person."));
    m_review->setAccessibleDescription(tr("Goes through the sections together, then both of you sign."));
    m_end->setAccessibleDescription(tr("Records that this agreement has ended."));
    reload(currentId());
}

void AgreementsView::reload(const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? currentId() : selectId;
    auto listed = AgreementStore(m_database).list();
    m_agreements = listed ? *listed : QVector<Agreement>();
    const auto reminders = ReviewReminders::due(m_agreements, m_today);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const QLocale locale;
        for (const Agreement& a : m_agreements) {
            const AgreementVersion* current = a.current();
            const AgreementContent c = current ? current->content : AgreementContent();
            QString status = Agreement::statusLabel(a.status());
            if (a.status() == Agreement::Status::Signed && a.hasOpenDraft())
                status = tr("Signed; new draft open");
            QString review = c.reviewDate.isValid() ? Phrasing::shortDate(c.reviewDate, locale) : tr("Not set");
            auto* item =
                new QTreeWidgetItem(m_list, {Phrasing::twoNames(c.supervisorName, c.superviseeName), status, review});
            item->setData(0, Qt::UserRole, a.id);
            item->setToolTip(0, item->text(0));
            item->setToolTip(1, status);
            for (const ReviewReminder& r : reminders) {
                if (r.agreementId != a.id)
                    continue;
                //: %1 is a date.
                const QString overdue = tr("%1 (overdue)").arg(review);
                //: %1 is a date.
                const QString dueSoon = tr("%1 (due soon)").arg(review);
                item->setText(2, r.overdue() ? overdue : dueSoon);
                item->setForeground(
                    2, StatusPalette::text(r.overdue() ? StatusPalette::Role::Error : StatusPalette::Role::Warning,
                                           m_list->palette()));
                item->setToolTip(2, ReviewReminders::describe(r));
            }
        }
    }
    QStringList lines;
    for (const ReviewReminder& r : reminders)
        lines.append(ReviewReminders::describe(r));
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
    emit reminderChanged(ReviewReminders::summary(reminders));
    if (!listed) {
        m_banner->setText(listed.error());
        m_banner->setVisible(true);
    }
    const bool none = m_agreements.isEmpty();
    m_list->setVisible(!none);
    m_emptyNote->setVisible(none);
    m_tabs->setVisible(!none);
    m_review->setVisible(!none);
    m_end->setVisible(!none);
    if (!select(keep) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showCurrent();
}

void AgreementsView::showCurrent()
{
    const QString id = currentId();
    Agreement chosen;
    for (const Agreement& a : m_agreements) {
        if (a.id == id)
            chosen = a;
    }
    m_editor->setAgreement(chosen);
    m_history->setAgreement(chosen);
    m_sessions->setAgreement(chosen);
    m_overview->show(chosen, m_sessions->sessions(), m_today);
    updateButtons();
}

void AgreementsView::updateButtons()
{
    const QString id = currentId();
    bool draft = false;
    bool ended = true;
    for (const Agreement& a : m_agreements) {
        if (a.id != id)
            continue;
        ended = a.status() == Agreement::Status::Ended;
        draft = a.hasOpenDraft() && !ended;
    }
    m_export->setEnabled(!id.isEmpty());
    m_review->setEnabled(draft);
    m_end->setEnabled(!ended);
}

void AgreementsView::newAgreement()
{
    NewAgreementDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = AgreementStore(m_database).create(dialog.content(), dialog.ownerRole());
    if (!created) {
        MessageBox::warning(this, tr("Agreement not created"), created.error());
        return;
    }
    reload(created->id);
    m_tabs->setCurrentWidget(m_editor);
}

void AgreementsView::reviewTogether()
{
    if (m_editor->isModified() && !m_editor->save())
        return;
    reload(currentId());
    for (const Agreement& a : m_agreements) {
        if (a.id != currentId())
            continue;
        ReviewTogetherDialog dialog(m_database, a, this);
        const QString versionId = a.head() ? a.head()->id : QString();
        if (m_reviews.contains(versionId))
            dialog.restore(m_reviews.value(versionId));
        const bool signedNow = dialog.exec() == QDialog::Accepted;
        if (signedNow)
            m_reviews.remove(versionId);
        else
            m_reviews.insert(versionId, dialog.progress());
        reload(a.id);
        if (signedNow)
            MessageBox::information(this, tr("Agreement signed"),
                                    //: %1 is a fingerprint (groups of letters and digits).
                                    tr("Both of you have signed. The fingerprint of this version is %1. Compare it "
                                       "with the other copy: the same fingerprint means the same words.")
                                        .arg(dialog.fingerprint()));
        return;
    }
}

void AgreementsView::endAgreement()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("End agreement"),
        //: %1 is a date.
        tr("End this agreement today, %1? It stays in your journal to read and export, but it can no longer be "
           "changed or signed.")
            .arg(QLocale().toString(m_today, QLocale::LongFormat)));
    if (answer != QMessageBox::Yes)
        return;
    if (auto ended = AgreementStore(m_database).end(id, m_today); !ended)
        MessageBox::warning(this, tr("Agreement not ended"), ended.error());
    reload(id);
}

void AgreementsView::exportAgreement()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    QStringList parties;
    for (const Agreement& a : std::as_const(m_agreements)) {
        if (a.id == id && a.current())
            parties = QStringList{a.current()->content.supervisorName, a.current()->content.superviseeName};
    }
    //: The start of a suggested file name, before the names of the two parties.
    const QString suggested = QDir::home().filePath(
        SuggestedFileName::make(QDate::currentDate(), tr("Supervision agreement"), parties, AgreementFile::suffix()));
    const QString path = FileDialog::getSaveFileName(this, tr("Export agreement"), suggested,
                                                     //: %1 is a file name or folder.
                                                     tr("Myfyrio agreements (*.%1)").arg(AgreementFile::suffix()));
    if (path.isEmpty())
        return;
    // The confidentiality guard reads what the file carries; signed text cannot be redacted.
    if (auto agreement = AgreementStore(m_database).find(id); agreement && agreement->has_value()) {
        const Findings findings = ConfidentialityGuard::scan(agreementSharedText(**agreement), ProtectedNames::load());
        if (!findings.isEmpty()) {
            GuardDialog guard(findings, Translations::current(), this, GuardDialog::Mode::ShareOnly);
            if (DialogRunner::exec(guard) != QDialog::Accepted)
                return;
        }
    }
    if (auto exported = AgreementExchange::exportTo(AgreementStore(m_database), id, path); !exported) {
        MessageBox::warning(this, tr("Agreement not exported"), exported.error());
        return;
    }
    MessageBox::information(this, tr("Agreement exported"),
                            //: %1 is a file name or folder.
                            tr("The agreement and all its versions were written to “%1”. Give this file to the other "
                               "party to import into their journal.")
                                .arg(QDir::toNativeSeparators(path)));
    reload(id);
}

void AgreementsView::importAgreement()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import agreement"), QDir::homePath(),
                                                     //: %1 is a file name or folder.
                                                     tr("Myfyrio agreements (*.%1)").arg(AgreementFile::suffix()));
    if (!path.isEmpty())
        importFile(path);
}

void AgreementsView::importFile(const QString& path)
{
    auto report = AgreementExchange::importFrom(AgreementStore(m_database), path);
    if (!report) {
        MessageBox::warning(this, tr("Agreement not imported"),
                            //: %1 is a file name or folder; %2 is a sentence saying what went wrong.
                            tr("“%1” was not imported, and nothing in your journal was changed. %2")
                                .arg(QFileInfo(path).fileName(), report.error()));
        return;
    }
    reload(report->agreementId);
    QString text = report->message();
    if (!report->changedSections.isEmpty() && report->outcome != AgreementExchange::Outcome::Added) {
        QStringList titles;
        for (const QString& code : report->changedSections)
            titles.append(SectionCatalog::title(code));
        //: %1 is a title.
        text += QStringLiteral("\n\n") + tr("Sections that differ: %1").arg(titles.join(QStringLiteral(", ")));
    }
    if (report->outcome == AgreementExchange::Outcome::Diverged || report->outcome == AgreementExchange::Outcome::Newer)
        m_tabs->setCurrentWidget(m_history);
    MessageBox::information(this, tr("Agreement imported"), text);
}

void AgreementsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
