#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace myfyrio {

/// A line of news above a view's content, such as "“Home visit” was moved to
/// the trash" with an Undo button, or what happened when a save clashed. It
/// stays until it is dismissed or replaced; every button is reachable from the
/// keyboard (mnemonics, Tab) and the text is read out by screen readers.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget* parent = nullptr);

    /// Gives a text in the interface language; called again after a language change.
    using Text = std::function<QString()>;

    /// Shows a sentence, with a button doing `act` when there is an actionText.
    void showNotice(Text text, Text actionText = {}, std::function<void()> act = {});
    void dismiss();
    QString text() const;
    QPushButton* actionButton() const { return m_action; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text;
    QPushButton* m_action;
    QPushButton* m_close;
    Text m_say;
    Text m_actionText;
    std::function<void()> m_act;
};

} // namespace myfyrio
