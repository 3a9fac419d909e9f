#include "app/shell/journalopener.h"

#include "app/backup/damagedjournaldialog.h"
#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/shell/instancechannel.h"
#include "core/backup/backupcatalog.h"
#include "core/backup/backupservice.h"
#include "core/backup/journalrescue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace myfyrio {

JournalOpener::JournalOpener(Purpose purpose, QWidget* parent) : m_purpose(purpose), m_parent(parent) {}

std::optional<OpenedJournal> JournalOpener::open(QString path, Database::OpenMode mode)
{
    m_raisedOther = false;
    while (true) {
        OpenedJournal opened;
        opened.lock = std::make_unique<JournalLock>(path);
        Database::Options options;
        options.mode = mode;
        options.check = Database::Check::InBackground;
        switch (opened.lock->tryLock()) {
        case JournalLock::State::Held:
            break;
        case JournalLock::State::Unavailable:
            opened.lock.reset(); // a read-only folder: nobody can write there, so nobody needs the lock
            break;
        case JournalLock::State::HeldElsewhere: {
            opened.lock.reset();
            //: %1 is the journal's file name.
            QMessageBox box(
                QMessageBox::Question, tr("Journal Already Open"),
                //: %1 is the path of the journal file.
                tr("The journal “%1” is open in another Myfyrio window.").arg(QDir::toNativeSeparators(path)),
                QMessageBox::NoButton, m_parent);
            box.setInformativeText(tr("Only one window can change a journal at a time. Show that window, or open "
                                      "the journal here read-only: you can read it here, but not change it."));
            QPushButton* show = box.addButton(tr("Show That Window"), QMessageBox::AcceptRole);
            QPushButton* readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::ActionRole);
            QPushButton* cancel =
                box.addButton(m_purpose == Purpose::Start ? tr("Quit") : tr("Cancel"), QMessageBox::RejectRole);
            box.setDefaultButton(show);
            box.setEscapeButton(cancel);
            QAbstractButton* clicked = MessageBox::exec(box);
            if (clicked == show) {
                if (InstanceChannel::askToRaise(JournalLock::canonicalPath(path))) {
                    m_raisedOther = true;
                    return std::nullopt;
                }
                MessageBox::information(m_parent, tr("Journal Already Open"),
                                        tr("The other window did not answer, so the journal opens here read-only."));
            } else if (clicked != readOnly) {
                return std::nullopt;
            }
            options.readOnly = Database::ReadOnlyReason::OtherWindow;
            break;
        }
        }

        OpenProblem problem;
        auto database = Database::open(path, options, &problem);
        if (database) {
            opened.database = std::move(database).value();
            return opened;
        }
        const Next next = handleFailure(path, database.error(), problem);
        if (next == Next::GiveUp)
            return std::nullopt;
        if (next == Next::Path)
            mode = Database::OpenMode::ExistingOnly;
    }
}

JournalOpener::Next JournalOpener::handleFailure(QString& path, const QString& message, const OpenProblem& problem)
{
    if (problem.kind == JournalProblem::Damaged) {
        const auto next = rescue(path, problem.detail);
        if (!next)
            return Next::GiveUp;
        const bool same = *next == path;
        path = *next;
        return same ? Next::Retry : Next::Path;
    }
    QMessageBox box(QMessageBox::Critical, QStringLiteral("Myfyrio"),
                    //: %1 is a file or folder path.
                    tr("The journal %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(message + QStringLiteral("\n\n") + tr("The file has been left as it is."));
    const bool retryHelps = problem.kind == JournalProblem::Locked || problem.kind == JournalProblem::Full
                            || problem.kind == JournalProblem::Unreadable || problem.kind == JournalProblem::ReadOnly;
    QPushButton* retry = retryHelps ? box.addButton(tr("Try Again"), QMessageBox::ActionRole) : nullptr;
    QPushButton* other = box.addButton(tr("Choose Another Journal…"), QMessageBox::AcceptRole);
    QPushButton* quit = box.addButton(m_purpose == Purpose::Start ? tr("Quit") : tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(retry ? retry : other);
    box.setEscapeButton(quit);
    QAbstractButton* clicked = MessageBox::exec(box);
    if (retry && clicked == retry)
        return Next::Retry;
    if (clicked != other)
        return Next::GiveUp;
    if (const auto chosen = chooseAnother(path)) {
        path = *chosen;
        return Next::Path;
    }
    return Next::Retry;
}

std::optional<QString> JournalOpener::chooseAnother(const QString& near)
{
    const QString chosen = FileDialog::getOpenFileName(m_parent, tr("Choose a Journal"), QFileInfo(near).absolutePath(),
                                                       tr("Myfyrio journals (*.sqlite);;All files (*)"));
    if (chosen.isEmpty())
        return std::nullopt;
    return chosen;
}

std::optional<QString> JournalOpener::rescue(const QString& path, const QString& detail)
{
    DamagedJournal damaged;
    damaged.path = path;
    damaged.detail = detail;
    // Checking every backup until one passes takes a moment on a large journal.
    BackupService::runAndWait([&damaged] {
        damaged.newestGood = BackupCatalog::newestGood(damaged.path);
        if (damaged.newestGood)
            damaged.changedSince = JournalRescue::changedSince(damaged.path, damaged.newestGood->created);
    });
    const QLocale locale;
    while (true) {
        switch (DamagedJournalDialog::ask(damaged, m_purpose == Purpose::Switch, m_parent)) {
        case DamagedJournalDialog::Choice::Restore: {
            auto kept = JournalRescue::restoreOver(path, damaged.newestGood->path, QDateTime::currentDateTimeUtc());
            if (!kept) {
                MessageBox::warning(m_parent, tr("Restore from Backup"), kept.error());
                continue;
            }
            MessageBox::information(
                m_parent, tr("Restore from Backup"),
                //: %1 is when the backup was made; %2 the new name of the damaged journal file.
                tr("The backup made %1 is now your journal. The damaged journal is kept as "
                   "“%2”.")
                    .arg(locale.toString(damaged.newestGood->created.toLocalTime(), QLocale::ShortFormat),
                         QDir::toNativeSeparators(*kept)));
            return path;
        }
        case DamagedJournalDialog::Choice::Salvage: {
            auto salvaged = JournalRescue::salvage(path, QDateTime::currentDateTimeUtc());
            if (!salvaged) {
                MessageBox::warning(m_parent, tr("Salvage"), salvaged.error());
                continue;
            }
            //: %1 is the file name the damaged journal is kept under.
            const QString keptAs = tr("The damaged journal is kept as “%1”.");
            MessageBox::information(m_parent, tr("Salvage"),
                                    tr("What could still be read is now in a new journal in its place.")
                                        + QLatin1Char('\n') + JournalRescue::describe(*salvaged) + QLatin1Char('\n')
                                        + keptAs.arg(QDir::toNativeSeparators(salvaged->keptAs)));
            return path;
        }
        case DamagedJournalDialog::Choice::OpenAnother:
            if (const auto chosen = chooseAnother(path))
                return chosen;
            continue;
        case DamagedJournalDialog::Choice::Quit:
            return std::nullopt;
        }
    }
}

} // namespace myfyrio
