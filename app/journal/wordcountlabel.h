#pragma once

#include <QLabel>

class QTimer;

namespace myfyrio {

class JournalView;

/// The status bar's word count of the open reflection (body, guided answers
/// and what it says about the system), kept up to date as the person types.
class WordCountLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WordCountLabel(JournalView* journal, QWidget* parent = nullptr);

    int count() const { return m_count; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void recount();
    void retranslate();

    JournalView* m_journal;
    QTimer* m_delay;
    int m_count = -1;
};

} // namespace myfyrio
