// placeholder: replaced by the UI work
#include <QApplication>
int main(int argc, char **argv) { QApplication app(argc, argv); return 0; }
