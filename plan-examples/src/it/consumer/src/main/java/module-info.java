module com.example.consumer {
  requires org.devplan.io;
  requires org.devplan.calc;
}
