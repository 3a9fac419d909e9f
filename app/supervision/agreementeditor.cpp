#include "app/supervision/agreementeditor.h"

#include "app/common/datefield.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/tabkeys.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextEdit>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

// The earliest date stands for "not set" in the date fields.
const QDate notSet(2000, 1, 1);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == notSet ? QDate() : edit->date();
}

} // namespace

AgreementEditor::AgreementEditor(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_state(new QLabel(this)),
      m_save(new QPushButton(this)),
      m_supervisorName(new QLineEdit(this)),
      m_supervisorRole(new QLineEdit(this)),
      m_superviseeName(new QLineEdit(this)),
      m_superviseeRole(new QLineEdit(this)),
      m_start(new QDateEdit(this)),
      m_review(new QDateEdit(this)),
      m_frequency(new QSpinBox(this)),
      m_length(new QSpinBox(this)),
      m_format(new QComboBox(this))
{
    build();
    retranslate();
    setEnabled(false);
}

void AgreementEditor::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("agreementState"));
    m_save->setObjectName(QStringLiteral("saveDraft"));
    bar->addWidget(m_state, 1);
    bar->addWidget(m_save);
    layout->addLayout(bar);
    connect(m_save, &QPushButton::clicked, this, &AgreementEditor::save);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("agreementSections"));
    // Every field inside takes the focus and is scrolled into view, so the area itself need not.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* sections = new QVBoxLayout(page);
    for (QDateEdit* edit : {m_start, m_review}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(notSet);
        edit->setDate(notSet);
    }
    m_frequency->setRange(0, 52);
    m_length->setRange(0, 480);
    m_length->setSingleStep(15);

    // The fields were made before their sections: Tab follows the sections as shown.
    QWidget* previousStop = m_save;
    const auto tabTo = [this, &previousStop](QWidget* stop) {
        setTabOrder(previousStop, stop);
        previousStop = stop;
    };
    for (const QString& code : SectionCatalog::sectionCodes()) {
        auto* box = new QGroupBox(page);
        auto* form = new QFormLayout(box);
        auto* help = new QLabel(box);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(help);
        const auto addField = [this, form, box, &code, &tabTo](const QString& key, QWidget* field) {
            if (field->focusPolicy() & Qt::TabFocus)
                tabTo(field);
            auto* label = new QLabel(box);
            label->setBuddy(field);
            m_labels.insert(code + QLatin1Char('/') + key, label);
            form->addRow(label, field);
        };
        if (code == QLatin1String("parties")) {
            addField(QStringLiteral("supervisorName"), m_supervisorName);
            addField(QStringLiteral("supervisorRole"), m_supervisorRole);
            addField(QStringLiteral("superviseeName"), m_superviseeName);
            addField(QStringLiteral("superviseeRole"), m_superviseeRole);
        } else if (code == QLatin1String("dates")) {
            addField(QStringLiteral("start"), m_start);
            addField(QStringLiteral("review"), m_review);
        } else if (code == QLatin1String("functions")) {
            auto* row = new QWidget(box);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            for (const QString& f : SectionCatalog::functionCodes()) {
                auto* check = new QCheckBox(row);
                m_functions.insert(f, check);
                tabTo(check);
                h->addWidget(check);
                connect(check, &QCheckBox::toggled, this, &AgreementEditor::updateState);
            }
            h->addStretch();
            addField(QStringLiteral("functions"), row);
        } else if (code == QLatin1String("practicalities")) {
            addField(QStringLiteral("frequency"), m_frequency);
            addField(QStringLiteral("length"), m_length);
            addField(QStringLiteral("format"), m_format);
        }
        if (code != QLatin1String("signatures")) {
            auto* text = new QTextEdit(box);
            text->setAcceptRichText(true);
            const bool structured = code == QLatin1String("parties") || code == QLatin1String("dates");
            text->setMinimumHeight(structured ? 56 : 90);
            text->setMaximumHeight(structured ? 72 : 140);
            text->setObjectName(QStringLiteral("text-") + code);
            TabKeys::install(text);
            tabTo(text);
            m_texts.insert(code, text);
            form->addRow(text);
            connect(text, &QTextEdit::textChanged, this, &AgreementEditor::updateState);
        }
        m_boxes.insert(code, box);
        m_help.insert(code, help);
        sections->addWidget(box);
    }
    sections->addStretch();
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    for (QLineEdit* edit : {m_supervisorName, m_supervisorRole, m_superviseeName, m_superviseeRole})
        connect(edit, &QLineEdit::textChanged, this, &AgreementEditor::updateState);
    for (QDateEdit* edit : {m_start, m_review})
        connect(edit, &QDateEdit::dateChanged, this, &AgreementEditor::updateState);
    for (QSpinBox* spin : {m_frequency, m_length})
        connect(spin, &QSpinBox::valueChanged, this, &AgreementEditor::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AgreementEditor::updateState);
}

void AgreementEditor::retranslate()
{
    m_save->setText(tr("Save draft"));
    showShortDate(m_start);
    showShortDate(m_review);
    const int number = 1;
    for (const QString& code : SectionCatalog::sectionCodes()) {
        const int index = static_cast<int>(SectionCatalog::sectionCodes().indexOf(code)) + number;
        //: A section heading in the agreement: "3. Context".
        m_boxes.value(code)->setTitle(tr("%1. %2").arg(index).arg(SectionCatalog::title(code)));
        m_help.value(code)->setText(SectionCatalog::help(code));
        // Screen readers hear the section's note with each of its fields.
        for (QWidget* field : m_boxes.value(code)->findChildren<QWidget*>()) {
            if (field->focusPolicy() & Qt::TabFocus)
                field->setAccessibleDescription(SectionCatalog::help(code));
        }
        if (QTextEdit* text = m_texts.value(code))
            text->setAccessibleName(SectionCatalog::title(code));
    }
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("agreementSections"))) {
        scroll->setAccessibleName(tr("Sections of the agreement"));
        scroll->setAccessibleDescription(tr("The thirteen sections; the arrow keys scroll."));
    }
    m_save->setAccessibleDescription(tr("Saves the words as a draft; a draft changes until both of you sign it."));
    const auto label = [this](const char* key, const QString& text) {
        if (QLabel* l = m_labels.value(QString::fromLatin1(key)))
            l->setText(text);
    };
    label("parties/supervisorName", tr("Supervisor's full name:"));
    label("parties/supervisorRole", tr("Supervisor's role:"));
    label("parties/superviseeName", tr("Supervisee's full name:"));
    label("parties/superviseeRole", tr("Supervisee's role:"));
    label("dates/start", tr("Start date:"));
    label("dates/review", tr("Review date:"));
    label("functions/functions", tr("Functions:"));
    label("practicalities/frequency", tr("Every (weeks):"));
    label("practicalities/length", tr("Length (minutes):"));
    label("practicalities/format", tr("Format:"));
    for (QDateEdit* edit : {m_start, m_review})
        edit->setSpecialValueText(tr("Not set"));
    m_frequency->setSpecialValueText(tr("Not agreed yet"));
    m_length->setSpecialValueText(tr("Not agreed yet"));
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        it.value()->setText(SectionCatalog::functionLabel(it.key()));
    const QString format = m_format->currentData().toString();
    {
        const QSignalBlocker blocker(m_format);
        m_format->clear();
        m_format->addItem(tr("Not agreed yet"), QString());
        for (const QString& code : SectionCatalog::formatCodes())
            m_format->addItem(SectionCatalog::formatLabel(code), code);
        m_format->setCurrentIndex(qMax(0, m_format->findData(format)));
    }
    m_texts.value(QStringLiteral("parties"))
        ->setPlaceholderText(tr("Line manager, and who covers when the supervisor is away"));
    updateState();
}

void AgreementEditor::setAgreement(const Agreement& agreement)
{
    m_agreement = agreement;
    setEnabled(agreement.head() != nullptr);
    if (const AgreementVersion* head = agreement.head())
        setContent(head->content);
    updateState();
}

void AgreementEditor::setContent(const AgreementContent& c)
{
    m_supervisorName->setText(c.supervisorName);
    m_supervisorRole->setText(c.supervisorRole);
    m_superviseeName->setText(c.superviseeName);
    m_superviseeRole->setText(c.superviseeRole);
    m_start->setDate(c.startDate.isValid() ? c.startDate : notSet);
    m_review->setDate(c.reviewDate.isValid() ? c.reviewDate : notSet);
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        it.value()->setChecked(c.functions.contains(it.key()));
    m_frequency->setValue(c.frequencyWeeks);
    m_length->setValue(c.lengthMinutes);
    m_format->setCurrentIndex(qMax(0, m_format->findData(c.format)));
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        it.value()->setMarkdown(c.text(it.key()));
        m_shownMarkdown.insert(it.key(), it.value()->toMarkdown());
    }
    m_source = c;
    // What the form shows after loading is the baseline for "modified".
    m_loaded = content();
}

AgreementContent AgreementEditor::content() const
{
    AgreementContent c;
    c.supervisorName = m_supervisorName->text();
    c.supervisorRole = m_supervisorRole->text();
    c.superviseeName = m_superviseeName->text();
    c.superviseeRole = m_superviseeRole->text();
    c.startDate = dateOf(m_start);
    c.reviewDate = dateOf(m_review);
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it) {
        if (it.value()->isChecked())
            c.functions.append(it.key());
    }
    c.frequencyWeeks = m_frequency->value();
    c.lengthMinutes = m_length->value();
    c.format = m_format->currentData().toString();
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        // Untouched sections keep their stored words exactly: a Markdown round trip
        // through the editor must not show up as a change in the history.
        if (it.value()->toMarkdown() == m_shownMarkdown.value(it.key()))
            c.texts.insert(it.key(), m_source.text(it.key()));
        else if (!it.value()->toPlainText().trimmed().isEmpty())
            c.texts.insert(it.key(), it.value()->toMarkdown());
    }
    return c.normalized();
}

bool AgreementEditor::isModified() const
{
    return isEnabled() && content() != m_loaded;
}

void AgreementEditor::updateState()
{
    const AgreementVersion* head = m_agreement.head();
    if (!head) {
        m_state->setText(tr("Choose an agreement, or start a new one."));
        m_save->setEnabled(false);
        return;
    }
    const bool modified = isModified();
    m_save->setEnabled(modified && m_agreement.status() != Agreement::Status::Ended);
    //: %1 is a version number; %2 is a fingerprint (groups of letters and digits).
    const QString bothSigned =
        tr("Version %1 is signed by both parties. Fingerprint: %2").arg(head->number).arg(head->fingerprint);
    //: %1 is a version number.
    const QString oneSigned = tr("Version %1 is a draft, signed by one party so far.").arg(head->number);
    //: %1 is a version number.
    const QString draft =
        tr("Version %1 is a draft. When both of you agree, review it together and sign.").arg(head->number);
    if (m_agreement.status() == Agreement::Status::Ended)
        m_state->setText(tr("This agreement has ended; it can be read but not changed."));
    else if (head->isSigned())
        m_state->setText(modified
                             //: %1 is a version number; %2 is a version number.
                             ? tr("Version %1 is signed and frozen. Saving your changes starts version %2 as a draft.")
                                   .arg(head->number)
                                   .arg(head->number + 1)
                             : bothSigned);
    else if (!head->signatures.isEmpty())
        m_state->setText(modified
                             ? tr("Saving will withdraw the signature already given: changed words need signing again.")
                             : oneSigned);
    else
        m_state->setText(modified
                             //: %1 is a version number.
                             ? tr("Version %1 is a draft with unsaved changes.").arg(head->number)
                             : draft);
}

bool AgreementEditor::save()
{
    if (m_agreement.id.isEmpty())
        return false;
    const AgreementContent c = content();
    if (const QString problem = c.validate(); !problem.isEmpty()) {
        MessageBox::warning(this, tr("Agreement not saved"), problem);
        return false;
    }
    auto saved = AgreementStore(m_database).saveDraft(m_agreement.id, c);
    if (!saved) {
        MessageBox::warning(this, tr("Agreement not saved"),
                            //: %1 is a sentence saying what went wrong.
                            tr("The draft could not be saved; your changes are still here. %1").arg(saved.error()));
        return false;
    }
    m_loaded = c;
    emit this->saved(m_agreement.id);
    return true;
}

void AgreementEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
