// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "store/recordstore.h"
#include "util/background.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <stdexcept>

#include <catch2/catch.hpp>

namespace trato::uitest {

namespace {
QTemporaryDir &settingsDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

UiFixture::UiFixture()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Trato"));
    QCoreApplication::setApplicationName(QStringLiteral("Trato"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir().path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir().path());
    QSettings(QStringLiteral("Trato"), QStringLiteral("Trato")).clear();
}

UiFixture::~UiFixture()
{
    waitForBackgroundWork();
    QCoreApplication::processEvents();
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return true;
}

void onNextModal(const std::function<bool(QWidget *)> &action, int timeoutMs)
{
    auto *timer = new QTimer(qApp);
    auto deadline = std::make_shared<QDeadlineTimer>(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action, deadline] {
        QWidget *modal = QApplication::activeModalWidget();
        if ((modal && modal->isVisible() && action(modal)) || deadline->hasExpired())
            timer->deleteLater();
    });
    timer->start(20);
}

std::shared_ptr<Answered> answerNextMessageBox(QMessageBox::StandardButton button, int timeoutMs)
{
    auto answered = std::make_shared<Answered>();
    onNextModal(
        [answered, button](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            QAbstractButton *target = box->button(button);
            if (!target && button == QMessageBox::Yes) {
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        target = b;
            }
            if (!target)
                return false;
            answered->seen = true;
            answered->text = box->text();
            answered->objectName = box->objectName();
            target->click();
            return true;
        },
        timeoutMs);
    return answered;
}

std::shared_ptr<Answered> acceptNextCompleteDialog(bool withNextStep, int timeoutMs)
{
    auto answered = std::make_shared<Answered>();
    onNextModal(
        [answered, withNextStep](QWidget *modal) {
            if (!modal->inherits("trato::CompleteDialog"))
                return false;
            if (!withNextStep) {
                auto *none = modal->findChild<QAbstractButton *>(QStringLiteral("noNextStep"));
                if (!none || !none->isEnabled())
                    return false;
                none->click();
            }
            answered->seen = true;
            answered->objectName = modal->objectName();
            static_cast<QDialog *>(modal)->accept();
            return true;
        },
        timeoutMs);
    return answered;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString addRecord(Database &db, const QString &entity, const QMap<QString, QString> &fields)
{
    RecordStore store(db);
    auto values = store.parseInput(entity, fields, QLocale::c());
    if (!values)
        throw std::runtime_error(values.error().message.toStdString());
    auto id = store.create(entity, values.value());
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return id.value();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    CHECK(!image.isNull());
    const QString dir = qEnvironmentVariable("TRATO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        CHECK(image.save(QDir(dir).filePath(name.endsWith(QLatin1String(".png")) ? name : name + QStringLiteral(".png"))));
}

} // namespace trato::uitest
