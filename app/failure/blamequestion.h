#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace myfyrio {

/// "How much blame did you feel?", asked before the event is placed, from
/// 0 (none) to 4 (a great deal). The writer may skip it; either way the
/// question counts as answered and the spectrum can be shown.
class BlameQuestion : public QWidget
{
    Q_OBJECT

public:
    explicit BlameQuestion(QWidget* parent = nullptr);

    bool isAnswered() const { return m_answered; }
    /// The blame felt, or empty when skipped or not answered.
    std::optional<int> blame() const;
    /// Shows an answer (no signal).
    void setAnswer(bool answered, std::optional<int> blame);

    QRadioButton* button(int blame) const;
    QPushButton* skipButton() const { return m_skip; }

signals:
    /// The writer answered or skipped the question.
    void answered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_question;
    QLabel* m_note;
    QButtonGroup* m_group;
    QPushButton* m_skip;
    bool m_answered = false;
};

} // namespace myfyrio
