#include "app/failure/blamequestion.h"

#include "core/failure/failureplacement.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace myfyrio {

BlameQuestion::BlameQuestion(QWidget* parent)
    : QWidget(parent),
      m_question(new QLabel(this)),
      m_note(new QLabel(this)),
      m_group(new QButtonGroup(this)),
      m_skip(nullptr)
{
    m_question->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* answers = new QHBoxLayout;
    answers->setSpacing(14);
    for (int blame = FailurePlacement::minimumBlame; blame <= FailurePlacement::maximumBlame; ++blame) {
        auto* button = new QRadioButton(this);
        m_group->addButton(button, blame);
        answers->addWidget(button);
    }
    answers->addStretch(1);
    // Made after the answers, so that Tab reaches it after them, as it is shown.
    m_skip = new QPushButton(this);
    m_skip->setFlat(true);
    m_skip->setCursor(Qt::PointingHandCursor);

    // The skip button sits beside the note, not after the answers, so that the row of
    // answers alone sets how narrow the editor can be (the Welsh answers are long).
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_skip, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addLayout(answers);
    layout->addLayout(noteRow);

    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        m_answered = true;
        emit answered();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        const bool exclusive = m_group->exclusive();
        m_group->setExclusive(false);
        if (QAbstractButton* checked = m_group->checkedButton())
            checked->setChecked(false);
        m_group->setExclusive(exclusive);
        m_answered = true;
        emit answered();
    });
    retranslate();
}

std::optional<int> BlameQuestion::blame() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return id;
}

void BlameQuestion::setAnswer(bool isAnswered, std::optional<int> value)
{
    m_answered = isAnswered;
    m_group->setExclusive(false);
    for (QAbstractButton* button : m_group->buttons())
        button->setChecked(value && m_group->id(button) == *value);
    m_group->setExclusive(true);
}

QRadioButton* BlameQuestion::button(int value) const
{
    return static_cast<QRadioButton*>(m_group->button(value));
}

void BlameQuestion::retranslate()
{
    m_question->setText(tr("Before you place this event on the spectrum: how much blame did you feel?"));
    //: Answers to "how much blame did you feel?", from 0 to 4.
    button(0)->setText(tr("0 None"));
    button(1)->setText(tr("1 A little"));
    button(2)->setText(tr("2 Some"));
    button(3)->setText(tr("3 A lot"));
    button(4)->setText(tr("4 A great deal"));
    m_skip->setText(tr("Skip this question"));
    m_note->setText(tr("There is no right answer. Later you can see whether the blame you felt matched where "
                       "events came from."));
    for (QAbstractButton* b : m_group->buttons())
        b->setAccessibleDescription(m_question->text());
    m_skip->setAccessibleDescription(tr("Places the event without an answer about blame."));
}

void BlameQuestion::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
