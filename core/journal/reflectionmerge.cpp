#include "core/journal/reflectionmerge.h"

#include "core/journal/tagstore.h"

#include <QSet>

namespace myfyrio {

namespace {

/// One field: the edited value wins when only the editor changed it.
template <typename T>
T pick(const T& base, const T& edited, const T& stored, const QString& name, QStringList& conflicts)
{
    if (edited == base)
        return stored;
    if (stored == base || stored == edited)
        return edited;
    conflicts.append(name);
    return stored;
}

QStringList mergeTags(const QStringList& base, const QStringList& edited, const QStringList& stored)
{
    QSet<QString> baseKeys, editedKeys;
    for (const QString& tag : base)
        baseKeys.insert(TagStore::folded(tag));
    for (const QString& tag : edited)
        editedKeys.insert(TagStore::folded(tag));
    QStringList merged;
    QSet<QString> mergedKeys;
    for (const QString& tag : stored) {
        const QString key = TagStore::folded(tag);
        if (baseKeys.contains(key) && !editedKeys.contains(key))
            continue; // removed in the editor
        merged.append(tag);
        mergedKeys.insert(key);
    }
    for (const QString& tag : edited) {
        const QString key = TagStore::folded(tag);
        if (!mergedKeys.contains(key) && !baseKeys.contains(key)) {
            merged.append(tag); // added in the editor
            mergedKeys.insert(key);
        }
    }
    // A spelling changed in the editor ("safeguarding" to "Safeguarding") follows the editor.
    for (QString& tag : merged) {
        for (const QString& typed : edited) {
            if (TagStore::folded(typed) == TagStore::folded(tag))
                tag = typed;
        }
    }
    return merged;
}

QMap<QString, QString> mergeAnswers(const QMap<QString, QString>& base, const QMap<QString, QString>& edited,
                                    const QMap<QString, QString>& stored, QStringList& conflicts)
{
    QSet<QString> codes;
    for (const auto* answers : {&base, &edited, &stored}) {
        for (auto it = answers->cbegin(); it != answers->cend(); ++it)
            codes.insert(it.key());
    }
    QMap<QString, QString> merged;
    for (const QString& code : std::as_const(codes)) {
        const QString value =
            pick(base.value(code), edited.value(code), stored.value(code), QStringLiteral("answer:") + code, conflicts);
        if (!value.isEmpty())
            merged.insert(code, value);
    }
    return merged;
}

const Action* findAction(const QVector<Action>& actions, const QString& id)
{
    for (const Action& action : actions) {
        if (action.id == id)
            return &action;
    }
    return nullptr;
}

QVector<Action> mergeActions(const QVector<Action>& base, const QVector<Action>& edited, const QVector<Action>& stored,
                             QStringList& conflicts)
{
    QVector<Action> merged;
    auto mergeOne = [&](const Action* b, const Action* e, const Action* s) -> std::optional<Action> {
        auto same = [](const Action* x, const Action* y) { return (!x && !y) || (x && y && *x == *y); };
        if (same(e, b))
            return s ? std::optional<Action>(*s) : std::nullopt;
        if (same(s, b) || same(s, e))
            return e ? std::optional<Action>(*e) : std::nullopt;
        if (!e || !s)
            return e ? *e : *s; // removed on one side, changed on the other: nothing is lost
        if (!b)
            return *e; // the same new id on both sides cannot happen; keep the editor's
        Action result = *s;
        const QString name = QStringLiteral("action:") + e->id;
        result.text = pick(b->text, e->text, s->text, name, conflicts);
        result.due = pick(b->due, e->due, s->due, name, conflicts);
        result.done = pick(b->done, e->done, s->done, name, conflicts);
        result.doneAt = result.done == s->done ? s->doneAt : e->doneAt;
        return result;
    };
    for (const Action& e : edited) {
        if (auto one = mergeOne(findAction(base, e.id), &e, findAction(stored, e.id)))
            merged.append(*one);
    }
    for (const Action& s : stored) {
        if (findAction(edited, s.id))
            continue;
        if (auto one = mergeOne(findAction(base, s.id), nullptr, &s))
            merged.append(*one);
    }
    return merged;
}

} // namespace

ReflectionMerge::Result ReflectionMerge::merge(const Reflection& base, const Reflection& edited,
                                               const Reflection& stored)
{
    Result result;
    QStringList& c = result.conflicts;
    Reflection& m = result.merged;
    m = stored;
    m.title = pick(base.title, edited.title, stored.title, QStringLiteral("title"), c);
    m.date = pick(base.date, edited.date, stored.date, QStringLiteral("date"), c);
    m.body = pick(base.body, edited.body, stored.body, QStringLiteral("body"), c);
    m.language = pick(base.language, edited.language, stored.language, QStringLiteral("language"), c);
    m.bringToSupervision = pick(base.bringToSupervision, edited.bringToSupervision, stored.bringToSupervision,
                                QStringLiteral("bringToSupervision"), c);
    m.model = pick(base.model, edited.model, stored.model, QStringLiteral("model"), c);
    m.scale = pick(base.scale, edited.scale, stored.scale, QStringLiteral("scale"), c);
    m.dontResurface =
        pick(base.dontResurface, edited.dontResurface, stored.dontResurface, QStringLiteral("dontResurface"), c);
    m.failure = pick(base.failure, edited.failure, stored.failure, QStringLiteral("failure"), c);
    m.cpd = pick(base.cpd, edited.cpd, stored.cpd, QStringLiteral("cpd"), c);
    m.tags = mergeTags(base.tags, edited.tags, stored.tags);
    m.answers = mergeAnswers(base.answers, edited.answers, stored.answers, c);
    m.actions = mergeActions(base.actions, edited.actions, stored.actions, c);
    c.removeDuplicates();
    return result;
}

} // namespace myfyrio
