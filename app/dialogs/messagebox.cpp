#include "app/dialogs/messagebox.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QQueue>

#include <variant>

namespace myfyrio {

namespace {

using Answer = std::variant<QMessageBox::StandardButton, QMessageBox::ButtonRole>;

QQueue<Answer>& queued()
{
    static QQueue<Answer> answers;
    return answers;
}

QStringList& answered()
{
    static QStringList texts;
    return texts;
}

QAbstractButton* buttonFor(const QMessageBox& box, const Answer& answer)
{
    if (const auto* standard = std::get_if<QMessageBox::StandardButton>(&answer))
        return box.button(*standard);
    const auto role = std::get<QMessageBox::ButtonRole>(answer);
    const QList<QAbstractButton*> buttons = box.buttons();
    for (QAbstractButton* button : buttons) {
        if (box.buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

QMessageBox::StandardButton standardOf(const QMessageBox& box, QAbstractButton* button)
{
    return button ? box.standardButton(button) : QMessageBox::NoButton;
}

void show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    MessageBox::exec(box);
}

} // namespace

QAbstractButton* MessageBox::exec(QMessageBox& box)
{
    if (queued().isEmpty()) {
        box.exec();
        return box.clickedButton();
    }
    const Answer answer = queued().dequeue();
    answered().append(box.informativeText().isEmpty() ? box.text()
                                                      : box.text() + QLatin1Char('\n') + box.informativeText());
    QAbstractButton* button = buttonFor(box, answer);
    // A queued answer the box cannot give is a mistake in the caller: behave as Escape would.
    return button ? button : box.escapeButton();
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return standardOf(box, exec(box));
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Information, parent, title, text);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Warning, parent, title, text);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Critical, parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    queued().enqueue(button);
}

void MessageBox::setNextAnswer(QMessageBox::ButtonRole role)
{
    queued().enqueue(role);
}

int MessageBox::pendingAnswers()
{
    return queued().size();
}

QStringList MessageBox::answeredTexts()
{
    return answered();
}

void MessageBox::reset()
{
    queued().clear();
    answered().clear();
}

} // namespace myfyrio
