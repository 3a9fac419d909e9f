#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace myfyrio {

/// Every modal message box of the app goes through here, so that a test can
/// answer it without a timer (after KeePassXC's MessageBox::setNextAnswer).
///
/// Product code builds its box as usual and calls exec(), or uses one of the
/// short forms. When an answer has been queued, the box is not shown: the
/// queued answer is taken as the person's choice. Nothing here knows whether a
/// test is running; an empty queue simply means "ask the person".
class MessageBox
{
public:
    /// Shows the box (or takes the next queued answer) and returns the button
    /// pressed, or nullptr when the box was closed without one.
    static QAbstractButton* exec(QMessageBox& box);

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                                                       | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    /// The next box is answered with this standard button.
    static void setNextAnswer(QMessageBox::StandardButton button);
    /// The next box is answered with its first button of this role.
    static void setNextAnswer(QMessageBox::ButtonRole role);
    /// How many queued answers are still waiting for a box.
    static int pendingAnswers();
    /// Text and informative text of the boxes answered from the queue, oldest first.
    static QStringList answeredTexts();
    /// Forgets queued answers and answered texts.
    static void reset();
};

} // namespace myfyrio
