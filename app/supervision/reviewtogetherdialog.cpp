#include "app/supervision/reviewtogetherdialog.h"

#include "app/common/datefield.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/tabkeys.h"
#include "core/palette/statuspalette.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sectiontext.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace myfyrio {

ReviewTogetherDialog::ReviewTogetherDialog(const Database& database, const Agreement& agreement, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_agreement(agreement),
      m_codes(SectionCatalog::sectionCodes()),
      m_list(new QListWidget(this)),
      m_position(new QLabel(this)),
      m_title(new QLabel(this)),
      m_help(new QLabel(this)),
      m_text(new QTextBrowser(this)),
      m_agreed(new QRadioButton(this)),
      m_toDiscuss(new QRadioButton(this)),
      m_marksGroup(new QButtonGroup(this)),
      m_noteLabel(new QLabel(this)),
      m_note(new QPlainTextEdit(this)),
      m_previous(new QPushButton(this)),
      m_next(new QPushButton(this)),
      m_signing(new QGroupBox(this)),
      m_signingState(new QLabel(this)),
      m_supervisorLabel(new QLabel(this)),
      m_supervisorName(new QLineEdit(this)),
      m_superviseeLabel(new QLabel(this)),
      m_superviseeName(new QLineEdit(this)),
      m_dateLabel(new QLabel(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)),
      m_sign(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    TabKeys::install(m_note);

    setObjectName(QStringLiteral("ReviewTogetherDialog"));
    m_marks.fill(Mark::Open, static_cast<int>(m_codes.size()));
    for (int i = 0; i < m_codes.size(); ++i)
        m_notes.append(QString());

    auto* layout = new QVBoxLayout(this);
    auto* body = new QHBoxLayout;
    m_list->setObjectName(QStringLiteral("reviewSections"));
    m_list->setFixedWidth(360);
    body->addWidget(m_list);
    auto* page = new QVBoxLayout;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_help->setWordWrap(true);
    m_title->setWordWrap(true);
    page->addWidget(m_position);
    page->addWidget(m_title);
    page->addWidget(m_help);
    page->addWidget(m_text, 1);
    auto* marks = new QHBoxLayout;
    m_agreed->setObjectName(QStringLiteral("markAgreed"));
    m_toDiscuss->setObjectName(QStringLiteral("markToDiscuss"));
    m_marksGroup->addButton(m_agreed);
    m_marksGroup->addButton(m_toDiscuss);
    marks->addWidget(m_agreed);
    marks->addWidget(m_toDiscuss);
    marks->addStretch();
    page->addLayout(marks);
    page->addWidget(m_noteLabel);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setMaximumHeight(80);
    m_noteLabel->setBuddy(m_note);
    page->addWidget(m_note);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addStretch();
    nav->addWidget(m_next);
    page->addLayout(nav);
    body->addLayout(page, 1);
    layout->addLayout(body, 1);

    m_signing->setObjectName(QStringLiteral("signing"));
    auto* signing = new QVBoxLayout(m_signing);
    m_signingState->setWordWrap(true);
    m_signingState->setObjectName(QStringLiteral("signingState"));
    signing->addWidget(m_signingState);
    auto* form = new QFormLayout;
    m_supervisorName->setObjectName(QStringLiteral("supervisorSignature"));
    m_superviseeName->setObjectName(QStringLiteral("superviseeSignature"));
    m_supervisorLabel->setBuddy(m_supervisorName);
    m_superviseeLabel->setBuddy(m_superviseeName);
    m_dateLabel->setBuddy(m_date);
    m_date->setCalendarPopup(true);
    form->addRow(m_supervisorLabel, m_supervisorName);
    form->addRow(m_superviseeLabel, m_superviseeName);
    form->addRow(m_dateLabel, m_date);
    signing->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_sign->setObjectName(QStringLiteral("signButton"));
    buttons->addWidget(m_sign);
    buttons->addWidget(m_close);
    signing->addLayout(buttons);
    layout->addWidget(m_signing);

    if (const AgreementVersion* head = m_agreement.head()) {
        for (const Signature& s : head->signatures) {
            QLineEdit* field = nameField(s.party);
            field->setText(s.fullName);
            field->setReadOnly(true);
        }
    }

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            showSection(row);
    });
    connect(m_agreed, &QRadioButton::clicked, this, [this] { mark(m_current, Mark::Agreed, m_note->toPlainText()); });
    connect(m_toDiscuss, &QRadioButton::clicked, this,
            [this] { mark(m_current, Mark::ToDiscuss, m_note->toPlainText()); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReviewTogetherDialog::storeCurrentNote);
    connect(m_previous, &QPushButton::clicked, this, [this] { showSection(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showSection(m_current + 1); });
    connect(m_supervisorName, &QLineEdit::textChanged, this, &ReviewTogetherDialog::refreshSigning);
    connect(m_superviseeName, &QLineEdit::textChanged, this, &ReviewTogetherDialog::refreshSigning);
    connect(m_sign, &QPushButton::clicked, this, &ReviewTogetherDialog::signNow);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    resize(1000, 720);
    retranslate();
    showSection(0);
}

QLineEdit* ReviewTogetherDialog::nameField(const QString& party) const
{
    return party == SectionCatalog::supervisor() ? m_supervisorName : m_superviseeName;
}

void ReviewTogetherDialog::retranslate()
{
    setWindowTitle(tr("Review the agreement together"));
    showShortDate(m_date);
    m_agreed->setText(tr("Agreed"));
    m_toDiscuss->setText(tr("To discuss"));
    m_noteLabel->setText(tr("Note:"));
    m_note->setPlaceholderText(tr("What to change or talk about in this section"));
    m_previous->setText(tr("Previous section"));
    m_next->setText(tr("Next section"));
    m_signing->setTitle(tr("Sign this version"));
    m_supervisorLabel->setText(tr("Supervisor's full name:"));
    m_superviseeLabel->setText(tr("Supervisee's full name:"));
    m_dateLabel->setText(tr("Date:"));
    m_sign->setText(tr("Sign"));
    m_close->setText(tr("Close"));
    refreshList();
    showSection(m_current);
}

void ReviewTogetherDialog::showSection(int index)
{
    if (index < 0 || index >= m_codes.size())
        return;
    m_current = index;
    const QString& code = m_codes.at(index);
    //: %1 is a number; %2 is a number.
    m_position->setText(tr("Section %1 of %2").arg(index + 1).arg(m_codes.size()));
    m_title->setText(SectionCatalog::title(code));
    m_help->setText(SectionCatalog::help(code));
    const AgreementVersion* head = m_agreement.head();
    QString markdown;
    if (head) {
        const QString fields = SectionText::fields(head->content, code);
        for (const QString& line : fields.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            markdown += QStringLiteral("- ") + line + QLatin1Char('\n');
        if (!markdown.isEmpty())
            markdown += QLatin1Char('\n');
        markdown += head->content.text(code);
    }
    if (markdown.trimmed().isEmpty())
        markdown = tr("*Nothing is written in this section yet.*");
    m_text->setMarkdown(markdown);
    {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(m_notes.at(index));
    }
    m_marksGroup->setExclusive(false);
    m_agreed->setChecked(m_marks.at(index) == Mark::Agreed);
    m_toDiscuss->setChecked(m_marks.at(index) == Mark::ToDiscuss);
    m_marksGroup->setExclusive(true);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_codes.size());
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
}

void ReviewTogetherDialog::mark(int index, Mark value, const QString& note)
{
    if (index < 0 || index >= m_codes.size())
        return;
    m_marks[index] = value;
    if (!note.isNull())
        m_notes[index] = note;
    refreshList();
    if (index == m_current)
        showSection(index);
}

void ReviewTogetherDialog::restore(const Progress& progress)
{
    if (progress.marks.size() != m_marks.size() || progress.notes.size() != m_notes.size())
        return;
    m_marks = progress.marks;
    m_notes = progress.notes;
    refreshList();
    showSection(m_current);
}

void ReviewTogetherDialog::storeCurrentNote()
{
    m_notes[m_current] = m_note->toPlainText();
}

bool ReviewTogetherDialog::allAgreed() const
{
    return std::all_of(m_marks.cbegin(), m_marks.cend(), [](Mark m) { return m == Mark::Agreed; });
}

QStringList ReviewTogetherDialog::notesToDiscuss() const
{
    QStringList notes;
    for (int i = 0; i < m_codes.size(); ++i) {
        if (m_marks.at(i) == Mark::ToDiscuss)
            //: A section to discuss and the note about it: "Recording: who keeps the record?".
            notes.append(tr("%1: %2").arg(SectionCatalog::title(m_codes.at(i)), m_notes.at(i).trimmed()));
    }
    return notes;
}

void ReviewTogetherDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_codes.size(); ++i) {
        QString state;
        switch (m_marks.at(i)) {
        case Mark::Agreed:
            //: A section in the review list once agreed: "✓ Context (agreed)".
            state = tr("✓ %1 (agreed)").arg(SectionCatalog::title(m_codes.at(i)));
            break;
        case Mark::ToDiscuss:
            //: %1 is a title.
            state = tr("? %1 (to discuss)").arg(SectionCatalog::title(m_codes.at(i)));
            break;
        case Mark::Open:
            state = SectionCatalog::title(m_codes.at(i));
            break;
        }
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(state), m_list);
        if (m_marks.at(i) == Mark::ToDiscuss)
            item->setForeground(StatusPalette::text(StatusPalette::Role::Warning, m_list->palette()));
        else if (m_marks.at(i) == Mark::Agreed)
            item->setForeground(StatusPalette::text(StatusPalette::Role::Success, m_list->palette()));
    }
    m_list->setCurrentRow(m_current);
    refreshSigning();
}

void ReviewTogetherDialog::refreshSigning()
{
    const int open =
        static_cast<int>(std::count_if(m_marks.cbegin(), m_marks.cend(), [](Mark m) { return m != Mark::Agreed; }));
    const bool draft = m_agreement.hasOpenDraft();
    const bool agreed = open == 0;
    for (QWidget* w : {static_cast<QWidget*>(m_supervisorName), static_cast<QWidget*>(m_superviseeName),
                       static_cast<QWidget*>(m_date)})
        w->setEnabled(agreed && draft);
    const bool named = !m_supervisorName->text().trimmed().isEmpty() && !m_superviseeName->text().trimmed().isEmpty();
    m_sign->setEnabled(draft && agreed && named && m_fingerprint.isEmpty());
    if (!m_fingerprint.isEmpty())
        //: %1 is a fingerprint (groups of letters and digits).
        m_signingState->setText(tr("Signed by both of you. Fingerprint: %1").arg(m_fingerprint));
    else if (!draft)
        m_signingState->setText(tr("This version is already signed."));
    else if (!agreed)
        m_signingState->setText(
            //: %1 lists the titles of the sections still to agree.
            tr("Signing is offered once every section is agreed. Sections still to agree: %1").arg(open));
    else
        m_signingState->setText(tr("Every section is agreed. Each of you types your full name, then choose Sign."));
}

void ReviewTogetherDialog::signNow()
{
    if (!allAgreed())
        return;
    const AgreementStore store(m_database);
    for (const QString& party : {SectionCatalog::supervisor(), SectionCatalog::supervisee()}) {
        if (m_agreement.head() && m_agreement.head()->signatureOf(party))
            continue;
        auto signedVersion = store.sign(m_agreement.id, Signature{party, nameField(party)->text(), m_date->date()});
        if (!signedVersion) {
            MessageBox::warning(this, tr("Not signed"), signedVersion.error());
            if (auto reloaded = store.find(m_agreement.id); reloaded && reloaded->has_value())
                m_agreement = **reloaded;
            refreshSigning();
            return;
        }
        m_agreement.versions.last() = *signedVersion;
        nameField(party)->setReadOnly(true);
        m_fingerprint = signedVersion->fingerprint;
    }
    refreshSigning();
    if (!m_fingerprint.isEmpty())
        accept();
}

void ReviewTogetherDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace myfyrio
