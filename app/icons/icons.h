#pragma once

#include <QIcon>
#include <QString>

namespace myfyrio {

/// Myfyrio's own icons, drawn in one style and embedded as resources
/// (resources/icons), so the window looks the same whatever icon theme the
/// desktop has. Views always use Myfyrio's icons; an action prefers the
/// desktop theme's icon of the same freedesktop name, so menus match the
/// other applications, and falls back to Myfyrio's.
namespace Icons {

/// The application icon (window, About, the desktop's menus).
QIcon application();
/// A view's icon by the view's id: "journal", "insight", "actions",
/// "calendar", "on-this-day", "supervision".
QIcon view(const QString& id);
/// An action's icon by its freedesktop icon name ("document-new", "edit-find", …).
QIcon action(const QString& name);
/// Myfyrio's own icon for a freedesktop name, never the theme's.
QIcon own(const QString& name);

} // namespace Icons

} // namespace myfyrio
