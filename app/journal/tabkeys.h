#pragma once

#include <QVector>

class QPlainTextEdit;
class QTextEdit;
class QWidget;

namespace myfyrio {

/// Tab in a text field moves the focus (keyboard users must never be trapped
/// in a field, and a tab character means nothing in a reflection); Ctrl+Tab
/// types a tab character where one is wanted.
namespace TabKeys {

void install(QPlainTextEdit* edit);
void install(QTextEdit* edit);

/// The controls Tab reaches inside a widget (itself when it takes focus), in focus-chain order.
QVector<QWidget*> stops(QWidget* widget);
/// Makes Tab go from `after` through `stops` in the order given (for controls
/// made after the ones around them, such as rows added later). Returns the last.
QWidget* chain(QWidget* after, const QVector<QWidget*>& stops);

} // namespace TabKeys

} // namespace myfyrio
