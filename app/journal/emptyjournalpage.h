#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace myfyrio {

/// What the journal shows before the first reflection: a friendly sentence and
/// a button that starts one.
class EmptyJournalPage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyJournalPage(QWidget* parent = nullptr);

    QPushButton* newButton() const { return m_new; }

signals:
    void newReflectionRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    QLabel* m_text;
    QPushButton* m_new;
};

} // namespace myfyrio
