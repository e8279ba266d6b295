Console.WriteLine("cnn");
