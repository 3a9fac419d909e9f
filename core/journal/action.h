#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace myfyrio {

/// Something to do that follows from a reflection ("Now what?").
struct Action {
    QString id; ///< UUID; empty until stored
    QString text;
    QDate due; ///< optional
    bool done = false;
    QDateTime doneAt;  ///< UTC, when it was ticked
    QDateTime created; ///< UTC

    friend bool operator==(const Action& a, const Action& b)
    {
        return a.id == b.id && a.text == b.text && a.due == b.due && a.done == b.done;
    }
};

/// Where an action stands on a given day.
enum class ActionStatus { Open, DueSoon, Overdue, Done };

/// An action listed across the journal, with the reflection it belongs to.
struct ActionItem {
    Action action;
    QString reflectionId;
    QString reflectionTitle;
    QDate reflectionDate;
    ActionStatus status = ActionStatus::Open;
};

} // namespace myfyrio
