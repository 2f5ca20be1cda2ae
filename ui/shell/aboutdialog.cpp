// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "util/icons.h"

#include "store/database.h"

namespace trato {

AboutDialog::AboutDialog(Database &db, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Trato"));
    setAccessibleName(windowTitle());
    setIconPixmap(Icons::app().pixmap(96, 96));
    setTextFormat(Qt::RichText);
    setText(tr("<h2>Trato %1</h2><p>A desktop CRM for small businesses.</p>").arg(QStringLiteral(TRATO_VERSION)));
    setInformativeText(
        tr("<p>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). "
           "It comes with no warranty.</p>"
           "<p>Built with Qt %1 (running on Qt %2).</p>"
           "<p>Database: %3<br>Schema version: %4</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), db.path().toHtmlEscaped())
            .arg(db.schemaVersion()));
    setStandardButtons(QMessageBox::Ok);
    setEscapeButton(QMessageBox::Ok);
}

} // namespace trato
