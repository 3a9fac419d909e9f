#pragma once

namespace myfyrio {

class Database;
class MainWindow;

/// Adds supervision to the main window: the Supervision view (agreements,
/// sessions, overview) and, on start, a status-bar notice of agreements whose
/// review is due within two weeks or overdue. Called once from
/// MainWindow::createViews().
void installSupervisionFeatures(MainWindow& window, const Database& database);

} // namespace myfyrio
