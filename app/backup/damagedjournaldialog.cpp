#include "app/backup/damagedjournaldialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QQueue>
#include <QStyle>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

QQueue<DamagedJournalDialog::Choice>& queued()
{
    static QQueue<DamagedJournalDialog::Choice> choices;
    return choices;
}

QStringList& answered()
{
    static QStringList texts;
    return texts;
}

} // namespace

DamagedJournalDialog::DamagedJournalDialog(DamagedJournal journal, bool anotherIsOpen, QWidget* parent)
    : QDialog(parent),
      m_journal(std::move(journal)),
      m_anotherIsOpen(anotherIsOpen),
      m_heading(new QLabel(this)),
      m_message(new QLabel(this)),
      m_restore(new QCommandLinkButton(this)),
      m_salvage(new QCommandLinkButton(this)),
      m_openAnother(new QCommandLinkButton(this)),
      m_quit(new QPushButton(this))
{
    setObjectName(QStringLiteral("damagedJournalDialog"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_salvage->setObjectName(QStringLiteral("salvage"));
    m_openAnother->setObjectName(QStringLiteral("openAnother"));
    m_quit->setObjectName(QStringLiteral("quit"));
    m_restore->setEnabled(canRestore());

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    auto* words = new QVBoxLayout;
    words->addWidget(m_heading);
    words->addWidget(m_message);
    top->addLayout(words, 1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_restore);
    layout->addWidget(m_salvage);
    layout->addWidget(m_openAnother);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] { choose(Choice::Restore); });
    connect(m_salvage, &QPushButton::clicked, this, [this] { choose(Choice::Salvage); });
    connect(m_openAnother, &QPushButton::clicked, this, [this] { choose(Choice::OpenAnother); });
    connect(m_quit, &QPushButton::clicked, this, [this] { choose(Choice::Quit); });
    (canRestore() ? static_cast<QWidget*>(m_restore) : m_salvage)->setFocus();
    setMinimumWidth(560);
    retranslate();
}

bool DamagedJournalDialog::canRestore() const
{
    return m_journal.newestGood.has_value();
}

void DamagedJournalDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

void DamagedJournalDialog::retranslate()
{
    setWindowTitle(tr("The Journal Is Damaged"));
    m_heading->setText(
        //: %1 is a file or folder path.
        tr("The journal “%1” is damaged, so it has not been opened.").arg(QDir::toNativeSeparators(m_journal.path)));
    QString message = m_journal.detail;
    if (!message.isEmpty())
        message += QLatin1Char('\n');
    message += tr("Nothing in it has been changed. Whichever way back you choose, the damaged file is kept beside "
                  "the journal under a new name, so nothing is lost.");
    m_message->setText(message);

    const QLocale locale;
    if (const auto& backup = m_journal.newestGood) {
        //: %1 is the date and time the backup was made.
        m_restore->setText(
            tr("Restore the Backup Made %1").arg(locale.toString(backup->created.toLocalTime(), QLocale::ShortFormat)));
        QString missing = tr("Anything written or changed after then would be missing from the journal.");
        if (m_journal.changedSince && *m_journal.changedSince > 0)
            //: %n is how many reflections were written or changed after the backup was made.
            missing = tr("At least %n reflection(s) written or changed after then would be missing from the journal.",
                         nullptr, *m_journal.changedSince);
        //: %L1 is the number of reflections in the backup.
        m_restore->setDescription(tr("It holds reflections: %L1.").arg(backup->reflections) + QLatin1Char(' ')
                                  + missing);
    } else {
        m_restore->setText(tr("Restore a Backup"));
        m_restore->setDescription(tr("There is no backup of this journal that passes its check."));
    }
    m_salvage->setText(tr("Salvage What Can Still Be Read"));
    m_salvage->setDescription(tr("Copies the reflections, tags, answers, actions and agreements that can still be "
                                 "read into a new journal, and says how many were recovered."));
    m_openAnother->setText(tr("Open Another Journal…"));
    m_openAnother->setDescription(tr("Leaves this journal as it is and opens another file."));
    m_quit->setText(m_anotherIsOpen ? tr("Cancel") : tr("Quit"));
    m_restore->setAccessibleName(m_restore->text());
    m_restore->setAccessibleDescription(m_restore->description());
    m_salvage->setAccessibleName(m_salvage->text());
    m_salvage->setAccessibleDescription(m_salvage->description());
    m_openAnother->setAccessibleName(m_openAnother->text());
    m_openAnother->setAccessibleDescription(m_openAnother->description());
}

QString DamagedJournalDialog::text() const
{
    return QStringList{m_heading->text(), m_message->text(),     m_restore->text(), m_restore->description(),
                       m_salvage->text(), m_openAnother->text(), m_quit->text()}
        .join(QLatin1Char('\n'));
}

void DamagedJournalDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

DamagedJournalDialog::Choice DamagedJournalDialog::ask(const DamagedJournal& journal, bool anotherIsOpen,
                                                       QWidget* parent)
{
    DamagedJournalDialog dialog(journal, anotherIsOpen, parent);
    if (!queued().isEmpty()) {
        answered().append(dialog.text());
        const Choice choice = queued().dequeue();
        // A choice the dialog does not offer is taken as closing it.
        return choice == Choice::Restore && !dialog.canRestore() ? Choice::Quit : choice;
    }
    dialog.exec();
    return dialog.choice();
}

void DamagedJournalDialog::setNextChoice(Choice choice)
{
    queued().enqueue(choice);
}

QStringList DamagedJournalDialog::answeredTexts()
{
    return answered();
}

void DamagedJournalDialog::reset()
{
    queued().clear();
    answered().clear();
}

} // namespace myfyrio
